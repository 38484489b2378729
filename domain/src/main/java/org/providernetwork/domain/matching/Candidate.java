package org.providernetwork.domain.matching;

import java.util.List;

/**
 * An offering that passed every hard constraint, with its score, the contribution of every factor (in
 * the order of {@link Factor}) and its rank (1 is the best).
 */
public record Candidate(OfferingFacts offering, double score, List<Contribution> contributions, int rank) {

    public Candidate {
        contributions = List.copyOf(contributions);
    }

    /** The contribution of one factor. */
    public Contribution contribution(Factor factor) {
        for (Contribution contribution : contributions) {
            if (contribution.factor() == factor) {
                return contribution;
            }
        }
        throw new IllegalArgumentException("no contribution of " + factor);
    }
}
