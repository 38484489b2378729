package org.providernetwork.domain.matching;

/**
 * What one factor added to a candidate's score, and why: "23 km from home county: +25.4".
 *
 * @param factor      the factor
 * @param points      the points it added (weight times a fraction between 0 and 1)
 * @param explanation the values it was worked out from, and the points, for users
 */
public record Contribution(Factor factor, double points, String explanation) {
}
