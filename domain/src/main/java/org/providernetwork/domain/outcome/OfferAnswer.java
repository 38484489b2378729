package org.providernetwork.domain.outcome;

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

    /** Answered, or expired: no longer waiting for the provider. */
    public boolean isResolved() {
        return accepted || declined || expired || answeredAt != null;
    }

    /** The key a drill-down lists the offer under: provider and the instant offered (epoch seconds). */
    public String key() {
        return "offer:" + providerId + ":" + offeredAt.getEpochSecond();
    }
}
