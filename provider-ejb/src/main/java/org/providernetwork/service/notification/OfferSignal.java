package org.providernetwork.service.notification;

/**
 * A CDI event fired when an offer is recorded for a provider; observed after the transaction commits
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}), so a live inbox never shows an offer that
 * was rolled back.
 */
public record OfferSignal(long providerId, long referralId) {
}
