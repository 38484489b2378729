package org.providernetwork.domain.matching;

import java.util.List;

/**
 * The answer to a match.
 *
 * @param candidates     the ranked candidates, best first (rank 1..n); only the best ones when the match
 *                       was limited
 * @param exclusions     every offering a hard constraint excluded, in the order the offerings were given
 * @param eligibleCount  how many offerings passed every constraint: more than {@code candidates.size()}
 *                       when the match was limited
 */
public record MatchResult(List<Candidate> candidates, List<Exclusion> exclusions, int eligibleCount) {

    public MatchResult {
        candidates = List.copyOf(candidates);
        // the matcher's own read-only list is kept as it is: copying it would make every Exclusion
        exclusions = exclusions instanceof ExclusionList ? exclusions : List.copyOf(exclusions);
        if (eligibleCount < candidates.size()) {
            throw new IllegalArgumentException("eligible count " + eligibleCount + " is below the number of candidates");
        }
    }

    /** A complete result: every eligible offering is a candidate. */
    public MatchResult(List<Candidate> candidates, List<Exclusion> exclusions) {
        this(candidates, exclusions, candidates.size());
    }

    /** The exclusion of one offering, or {@code null} when it was not excluded. */
    public Exclusion exclusionOf(long offeringId) {
        for (Exclusion exclusion : exclusions) {
            if (exclusion.offering().offeringId() == offeringId) {
                return exclusion;
            }
        }
        return null;
    }

    /** The candidate for one offering, or {@code null} when it is not among the candidates. */
    public Candidate candidateOf(long offeringId) {
        for (Candidate candidate : candidates) {
            if (candidate.offering().offeringId() == offeringId) {
                return candidate;
            }
        }
        return null;
    }
}
