package org.providernetwork.domain.matching;

/**
 * An offering a hard constraint ruled out, and which one: the first that failed in the order of
 * {@link Constraint}.
 * <p>The text naming the values ({@link #detail()}, e.g. "needs 3 places, 1 free") is built when it is
 * read, not when the offering is excluded: a match over tens of thousands of offerings excludes almost
 * all of them, and building every text would cost more than the matching itself. It is worked out again
 * from the offering and the request, both immutable, so it is the same text on every read.
 *
 * @param offering   the offering excluded
 * @param constraint the constraint that excluded it
 * @param request    the request it was matched against
 */
public record Exclusion(OfferingFacts offering, Constraint constraint, MatchRequest request) {

    /** Why, with the specific values: "needs 3 places, 1 free", "does not serve MED-FRAGILE". */
    public String detail() {
        return new Eligibility(request).describe(constraint, offering);
    }

    @Override
    public String toString() {
        return "Exclusion[" + offering.offeringId() + " " + constraint + ": " + detail() + "]";
    }
}
