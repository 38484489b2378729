package org.providernetwork.domain.outcome;

import org.providernetwork.domain.referral.OfferMeasures;
import org.providernetwork.domain.referral.OfferStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * A referral offered to a provider and what became of it.
 *
 * @param answeredAt {@code null} when never answered
 */
public record OfferAnswer(long providerId, Instant offeredAt, Instant respondBy, Instant answeredAt, boolean accepted,
                          boolean declined, boolean expired) {

    public OfferAnswer {
        Objects.requireNonNull(offeredAt, "offeredAt");
    }

    /** An offer of the portal's own, in its status: the flags by the definitions of {@link OfferMeasures}. */
    public static OfferAnswer of(long providerId, Instant offeredAt, Instant respondBy, Instant answeredAt, OfferStatus status) {
        return new OfferAnswer(providerId, offeredAt, respondBy, answeredAt, OfferMeasures.accepted(status),
                OfferMeasures.declined(status), OfferMeasures.expired(status));
    }

    /** Accepted, declined or expired: no longer waiting for the provider, so counted ({@link OfferMeasures}). */
    public boolean isResolved() {
        return accepted || declined || expired;
    }

    /** Whether the offer counts for the response measure: resolved, with a deadline ({@link OfferMeasures}). */
    public boolean countsForResponse() {
        return isResolved() && OfferMeasures.hasDeadline(respondBy);
    }

    /** Whether it was answered at or before its deadline ({@link OfferMeasures#answeredOnTime}). */
    public boolean answeredOnTime() {
        return OfferMeasures.answeredOnTime(respondBy, answeredAt);
    }

    /** The key a drill-down lists the offer under: provider and the instant offered (epoch seconds). */
    public String key() {
        return "offer:" + providerId + ":" + offeredAt.getEpochSecond();
    }
}
