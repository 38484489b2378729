package org.providernetwork.domain.matching;

import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.RiskLevel;
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
 * @param requestedLevel       the level of care of the service requested, or {@code null} when that service places
 *                             no child (then only offerings of that service are matched, as before levels existed)
 * @param maxLevel             the most restrictive level of care the referral may use: offerings of other services
 *                             above the requested level up to this one are matched too, less restrictive ones
 *                             ranked first; the requested level when {@code null}
 * @param kinFirst             whether kin are to be sought first: offerings at the {@link LevelOfCare#KIN kin}
 *                             level are matched too and ranked before every other level
 * @param risk                 the assessed safety risk, or {@code null} when none is known: an offering that does
 *                             not accept it is excluded
 */
public record MatchRequest(String serviceTypeCode, String homeCountyFips, GeoPoint homeCentroid,
                           String homeRegionCode, String schoolCountyFips, List<Child> children,
                           boolean keepSiblingsTogether, boolean allowSplit, boolean stayInHomeCounty,
                           Set<String> requiredPopulations, Set<String> actionableNeeds, String leadRegionCode,
                           LevelOfCare requestedLevel, LevelOfCare maxLevel, boolean kinFirst, RiskLevel risk) {

    /** A request for a service without a level of care, no kin preference and no known risk. */
    public MatchRequest(String serviceTypeCode, String homeCountyFips, GeoPoint homeCentroid,
                        String homeRegionCode, String schoolCountyFips, List<Child> children,
                        boolean keepSiblingsTogether, boolean allowSplit, boolean stayInHomeCounty,
                        Set<String> requiredPopulations, Set<String> actionableNeeds, String leadRegionCode) {
        this(serviceTypeCode, homeCountyFips, homeCentroid, homeRegionCode, schoolCountyFips, children,
                keepSiblingsTogether, allowSplit, stayInHomeCounty, requiredPopulations, actionableNeeds, leadRegionCode,
                null, null, false, null);
    }

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
        if (requestedLevel == null && maxLevel != null) {
            throw new InvalidInputException("maxLevelOfCare", "the service requested places no child, so it has no level"
                    + " of care to go beyond");
        }
        if (maxLevel == null) {
            maxLevel = requestedLevel;
        } else if (requestedLevel.isMoreRestrictiveThan(maxLevel)) {
            throw new InvalidInputException("maxLevelOfCare", "the highest level of care (" + maxLevel.inWords()
                    + ") is below the level of the service requested (" + requestedLevel.inWords() + ")");
        }
    }

    /** Whether offerings of a service at this level of care (other than the one requested) may take the referral. */
    public boolean mayUse(LevelOfCare level) {
        if (level == null || requestedLevel == null) {
            return false;
        }
        return kinFirst && level == LevelOfCare.KIN
                || level.isMoreRestrictiveThan(requestedLevel) && !level.isMoreRestrictiveThan(maxLevel);
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
