/**
 * The referral matching engine: which service offerings can take a referral, in which order, and why.
 * <p>Pure Java, no container and no persistence: the service layer turns entities into
 * {@link org.providernetwork.domain.matching.OfferingFacts} and a referral into a
 * {@link org.providernetwork.domain.matching.MatchRequest}, and {@link org.providernetwork.domain.matching.Matcher}
 * answers with ranked {@link org.providernetwork.domain.matching.Candidate candidates} (each factor's
 * contribution explained) and an {@link org.providernetwork.domain.matching.Exclusion} for every offering
 * a hard {@link org.providernetwork.domain.matching.Constraint} ruled out. See {@code docs/matching.md}.
 */
package org.providernetwork.domain.matching;
