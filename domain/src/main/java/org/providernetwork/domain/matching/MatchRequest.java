package org.providernetwork.domain.matching;

import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a referral asks for, as the matcher sees it.
 *
 * @param serviceTypeCode      the service type wanted (code of the taxonomy)
 * @param homeCountyFips       the county the children are from
 * @param homeCentroid         that county's centroid: distances are measured from it
 * @param homeRegionCode       the region of the home county
 * @param schoolCountyFips     the county of the children's school, or {@code null} when none is given
 * @param children             the sibling group (at least one child)
 * @param keepSiblingsTogether whether keeping the siblings together is scored
 * @param allowSplit           whether the group may be split: capacity then needs one free place and the
 *                             offering's sibling-group limit does not exclude it
 * @param stayInHomeCounty     whether staying in the home county is scored
 * @param requiredPopulations  need codes every candidate must serve (hard constraint)
 * @param actionableNeeds      need codes of needs rated 2-3 (scored: share of them the offering serves)
 * @param leadRegionCode       the region whose lead routes the referral; the home region when {@code null}
 */
public record MatchRequest(String serviceTypeCode, String homeCountyFips, GeoPoint homeCentroid,
                           String homeRegionCode, String schoolCountyFips, List<Child> children,
                           boolean keepSiblingsTogether, boolean allowSplit, boolean stayInHomeCounty,
                           Set<String> requiredPopulations, Set<String> actionableNeeds, String leadRegionCode) {

    /**
     * Checks the request and makes it immutable. The two need-code sets are kept sorted, so that
     * explanations that list codes always list them in the same order.
     */
    public MatchRequest {
        require(serviceTypeCode, "serviceTypeCode");
        require(homeCountyFips, "homeCountyFips");
        if (homeCentroid == null) {
            throw new InvalidInputException("homeCentroid", "the home county's centroid is required");
        }
        if (children == null || children.isEmpty()) {
            throw new InvalidInputException("children", "a referral names at least one child");
        }
        children = List.copyOf(children);
        if (schoolCountyFips != null && schoolCountyFips.isBlank()) {
            schoolCountyFips = null;
        }
        requiredPopulations = sorted(requiredPopulations);
        actionableNeeds = sorted(actionableNeeds);
        if (leadRegionCode == null || leadRegionCode.isBlank()) {
            leadRegionCode = homeRegionCode;
        }
    }

    /** The number of children to place together. */
    public int groupSize() {
        return children.size();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
    }

    private static Set<String> sorted(Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }
}
