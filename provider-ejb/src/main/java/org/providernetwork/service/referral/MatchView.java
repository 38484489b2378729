package org.providernetwork.service.referral;

import java.util.List;

/** The ranked matches of a referral with each factor's contribution, and every excluded offering with why. */
public record MatchView(List<CandidateView> candidates, List<ExclusionView> exclusions) {

    public record CandidateView(int rank, long offeringId, String offeringName, long providerId, String providerName,
                                String countyFips, int free, double score, boolean alreadyOffered,
                                List<ContributionView> contributions) {
    }

    public record ContributionView(String factor, double points, String explanation) {
    }

    public record ExclusionView(long offeringId, String offeringName, String providerName, String constraint,
                                String detail) {
    }
}
