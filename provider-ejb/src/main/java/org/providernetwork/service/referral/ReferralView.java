package org.providernetwork.service.referral;

import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.DeclineReason;
import org.providernetwork.domain.referral.OfferStatus;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.referral.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A referral as its reader may see it (a provider sees only its own offers, and none of its waitlist entries);
 * {@code version} is its ETag. {@code maxLevelOfCare} is the most restrictive level of care matching may use
 * (null for a service that places no child).
 */
public record ReferralView(long id, String number, ReferralStatus status, Urgency urgency, RiskLevel risk,
                           String serviceTypeCode, String homeCountyFips, String schoolCountyFips, String regionCode,
                           List<ChildView> children, Map<String, Integer> ratings, Set<String> requiredPopulations,
                           Set<String> actionableNeeds, boolean allowSplit, boolean stayInHomeCounty, boolean kinFirst,
                           LevelOfCare maxLevelOfCare, String caseManagerName, String caseManagerEmail, String notes, boolean escalated,
                           String escalationReason, String createdBy, Instant createdAt, Instant updatedAt,
                           List<OfferView> offers, List<EventView> events, List<WaitingView> waiting, long version,
                           Allowed allowed) {

    /**
     * What the reader may do to the referral now, decided by the referral service from the referral's status, the
     * reader's roles and tenant scope (pages show only these actions): read the ranked matches; route it (offer it
     * to a match, let it wait for a place); withdraw it; start or complete the service it holds places for; read its
     * outcome record; answer (accept or decline) the offers of {@code answer}; give back the accepted offers of
     * {@code giveBack}.
     */
    public record Allowed(boolean readMatches, boolean route, boolean withdraw, boolean start, boolean complete,
                          boolean readCase, Set<Long> answer, Set<Long> giveBack) {

        /** Nothing at all: no one signed in. */
        public static final Allowed NOTHING = new Allowed(false, false, false, false, false, false, Set.of(), Set.of());

        public Allowed {
            answer = Set.copyOf(answer);
            giveBack = Set.copyOf(giveBack);
        }
    }

    /** A child: name or initials, age today, gender. */
    public record ChildView(String name, int age, ChildGender gender) {
    }

    /** One offer. */
    public record OfferView(long id, long offeringId, long providerId, String offeringName, int places, int rank,
                            double score, OfferStatus status, Instant offeredAt, Instant respondBy, Instant respondedAt,
                            String respondedBy, DeclineReason declineReason, String declineNote) {
    }

    /**
     * An offering the referral waits on for a place: since when, and its place in the offering's queue (1 is the
     * next to be offered a freed place).
     */
    public record WaitingView(long offeringId, String offeringName, Instant waitingSince, int position) {
    }

    /** One step of the referral's history. */
    public record EventView(String action, ReferralStatus from, ReferralStatus to, Long offerId, String note, String by,
                            Instant at) {
    }
}
