package org.providernetwork.domain.referral;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The network's two referral measures, defined once: the indicator engine ({@code offer-acceptance},
 * {@code offer-response-on-time}, through {@code OfferAnswer}), the quality region report ({@code QualityReports})
 * and matching's acceptance factor ({@code MatchCandidates}) all count through these methods.
 *
 * <ul>
 *   <li><b>Counted</b>: an offer counts once it no longer waits for the provider: accepted (also when the service has
 *       since ended, {@code CLOSED}), declined or expired. An offer still waiting ({@code OFFERED}) counts in neither
 *       measure, nor does a withdrawn one (the referral was withdrawn: nothing the provider did).</li>
 *   <li><b>Acceptance</b>: of the counted offers, the share accepted (accepted or closed).</li>
 *   <li><b>Response on time</b>: of the counted offers with a response deadline, the share answered at or before the
 *       deadline; an expired offer was never answered, so it is late.</li>
 * </ul>
 * A share is a fraction of the counted offers; none counted means no value (not zero).
 */
public final class OfferMeasures {

    /** The statuses of the offers both measures count, for queries that select them. */
    public static final Set<OfferStatus> COUNTED = Collections.unmodifiableSet(
            EnumSet.of(OfferStatus.ACCEPTED, OfferStatus.CLOSED, OfferStatus.DECLINED, OfferStatus.EXPIRED));

    private OfferMeasures() {
    }

    /** Whether an offer in this status counts in the measures (no longer waiting, not withdrawn). */
    public static boolean counted(OfferStatus status) {
        return COUNTED.contains(status);
    }

    /** Whether a counted offer in this status was accepted. */
    public static boolean accepted(OfferStatus status) {
        return status == OfferStatus.ACCEPTED || status == OfferStatus.CLOSED;
    }

    public static boolean declined(OfferStatus status) {
        return status == OfferStatus.DECLINED;
    }

    public static boolean expired(OfferStatus status) {
        return status == OfferStatus.EXPIRED;
    }

    /** Whether a counted offer counts for the response measure: it has a deadline. */
    public static boolean hasDeadline(Instant respondBy) {
        return respondBy != null;
    }

    /** Whether an offer was answered at or before its deadline. */
    public static boolean answeredOnTime(Instant respondBy, Instant answeredAt) {
        return respondBy != null && answeredAt != null && !answeredAt.isAfter(respondBy);
    }

    /** Counts offers, one at a time or by status, into both measures. */
    public static final class Tally {
        private long counted;
        private long accepted;
        private long withDeadline;
        private long onTime;

        /** Adds one offer. */
        public Tally add(OfferStatus status, Instant respondBy, Instant answeredAt) {
            if (OfferMeasures.counted(status)) {
                counted++;
                if (OfferMeasures.accepted(status)) {
                    accepted++;
                }
                if (hasDeadline(respondBy)) {
                    withDeadline++;
                    if (answeredOnTime(respondBy, answeredAt)) {
                        onTime++;
                    }
                }
            }
            return this;
        }

        /** Adds a number of offers in one status, for acceptance only (a count by status says nothing of times). */
        public Tally add(OfferStatus status, long offers) {
            if (OfferMeasures.counted(status)) {
                counted += offers;
                if (OfferMeasures.accepted(status)) {
                    accepted += offers;
                }
            }
            return this;
        }

        public long counted() {
            return counted;
        }

        public long accepted() {
            return accepted;
        }

        /** Acceptance as a fraction 0..1, or null when no offer counted. */
        public Double acceptance() {
            return counted == 0 ? null : (double) accepted / counted;
        }

        /** Response on time as a fraction 0..1, or null when no counted offer had a deadline. */
        public Double responseOnTime() {
            return withDeadline == 0 ? null : (double) onTime / withDeadline;
        }
    }
}
