package org.providernetwork.domain.matching;

import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything the matcher needs to know about one service offering, flattened from the offering, its
 * provider, its capacity, the provider's active contracts and its outcomes.
 *
 * @param offeringId          identifier of the offering (last tie-breaker of the ranking)
 * @param offeringName        name shown to users
 * @param providerId          identifier of the provider organisation
 * @param providerName        name shown to users
 * @param providerType        {@link OrganisationType#LOCAL_PROVIDER} or {@link OrganisationType#STATEWIDE_PROVIDER}
 * @param serviceTypeCode     the service type offered
 * @param statewideService    whether that service type is a statewide specialised one
 * @param locationCountyFips  the county the offering is located in
 * @param locationCentroid    that county's centroid
 * @param locationRegionCode  that county's region
 * @param servedCounties      the counties the offering serves
 * @param acceptsOutOfCounty  whether it takes children from counties it does not list
 * @param minAge              youngest age served (inclusive)
 * @param maxAge              oldest age served (inclusive)
 * @param genders             genders served
 * @param populationsServed   need codes of the specialised populations served
 * @param maxSiblingGroup     largest sibling group taken together (at least 1)
 * @param free                places available and not held (may be negative when over-committed)
 * @param contractedCounties  counties in which an active contract or subcontract of this provider buys this
 *                            offering's service type; empty when the offering is not under contract
 * @param active              whether the offering is active
 * @param acceptanceRate      share of referrals accepted (0..1), or {@code null} before any outcome
 * @param placementStability  placement moves per 1,000 days in care (lower is better), or {@code null}
 * @param licenceExpiredOn    the day the last of the offering's licences expired, when every licence it holds
 *                            has expired by the day of matching; {@code null} while a licence is valid or when
 *                            none is on record
 * @param levelOfCare         the level of care of the offering's service type, or {@code null} when the service
 *                            places no child
 * @param acceptedRisks       the risk levels the offering accepts (every level when {@code null} or empty)
 */
public record OfferingFacts(long offeringId, String offeringName, long providerId, String providerName,
                            OrganisationType providerType, String serviceTypeCode, boolean statewideService,
                            String locationCountyFips, GeoPoint locationCentroid, String locationRegionCode,
                            Set<String> servedCounties, boolean acceptsOutOfCounty, int minAge, int maxAge,
                            GendersServed genders, Set<String> populationsServed, int maxSiblingGroup, int free,
                            Set<String> contractedCounties, boolean active, Double acceptanceRate,
                            Double placementStability, LocalDate licenceExpiredOn, LevelOfCare levelOfCare,
                            Set<RiskLevel> acceptedRisks) {

    /** Facts of an offering of a service without a level of care that accepts every risk level. */
    public OfferingFacts(long offeringId, String offeringName, long providerId, String providerName,
                         OrganisationType providerType, String serviceTypeCode, boolean statewideService,
                         String locationCountyFips, GeoPoint locationCentroid, String locationRegionCode,
                         Set<String> servedCounties, boolean acceptsOutOfCounty, int minAge, int maxAge,
                         GendersServed genders, Set<String> populationsServed, int maxSiblingGroup, int free,
                         Set<String> contractedCounties, boolean active, Double acceptanceRate,
                         Double placementStability, LocalDate licenceExpiredOn) {
        this(offeringId, offeringName, providerId, providerName, providerType, serviceTypeCode, statewideService,
                locationCountyFips, locationCentroid, locationRegionCode, servedCounties, acceptsOutOfCounty, minAge,
                maxAge, genders, populationsServed, maxSiblingGroup, free, contractedCounties, active, acceptanceRate,
                placementStability, licenceExpiredOn, null, null);
    }

    /** Facts of an offering whose licence is valid (or not on record). */
    public OfferingFacts(long offeringId, String offeringName, long providerId, String providerName,
                         OrganisationType providerType, String serviceTypeCode, boolean statewideService,
                         String locationCountyFips, GeoPoint locationCentroid, String locationRegionCode,
                         Set<String> servedCounties, boolean acceptsOutOfCounty, int minAge, int maxAge,
                         GendersServed genders, Set<String> populationsServed, int maxSiblingGroup, int free,
                         Set<String> contractedCounties, boolean active, Double acceptanceRate,
                         Double placementStability) {
        this(offeringId, offeringName, providerId, providerName, providerType, serviceTypeCode, statewideService,
                locationCountyFips, locationCentroid, locationRegionCode, servedCounties, acceptsOutOfCounty, minAge,
                maxAge, genders, populationsServed, maxSiblingGroup, free, contractedCounties, active, acceptanceRate,
                placementStability, null);
    }

    /**
     * Whether a licence lapses the offering on {@code day}: it holds licences and the latest of them
     * expires before that day (a licence is valid through its expiry date).
     *
     * @param latestLicenceExpiry the latest expiry date among the offering's licences, or {@code null} when it
     *                            holds none
     * @return the day the licence expired, or {@code null} when the offering is not gated
     */
    public static LocalDate lapsedLicence(LocalDate latestLicenceExpiry, LocalDate day) {
        return latestLicenceExpiry != null && latestLicenceExpiry.isBefore(day) ? latestLicenceExpiry : null;
    }

    /** The same offering with another number of free places. */
    public OfferingFacts withFree(int places) {
        return places == free ? this : new OfferingFacts(offeringId, offeringName, providerId, providerName, providerType,
                serviceTypeCode, statewideService, locationCountyFips, locationCentroid, locationRegionCode, servedCounties,
                acceptsOutOfCounty, minAge, maxAge, genders, populationsServed, maxSiblingGroup, places, contractedCounties,
                active, acceptanceRate, placementStability, licenceExpiredOn, levelOfCare, acceptedRisks);
    }

    /** Whether the offering accepts a child at this risk level. */
    public boolean accepts(RiskLevel risk) {
        return acceptedRisks.contains(risk);
    }

    public OfferingFacts {
        if (providerType == null) {
            throw new InvalidInputException("providerType", "the provider's type is required");
        }
        if (serviceTypeCode == null) {
            throw new InvalidInputException("serviceTypeCode", "the offering's service type is required");
        }
        if (locationCountyFips == null || locationCentroid == null) {
            throw new InvalidInputException("locationCountyFips", "the offering's county and its centroid are required");
        }
        if (genders == null) {
            throw new InvalidInputException("genders", "the genders served are required");
        }
        if (minAge < 0 || maxAge < minAge) {
            throw new InvalidInputException("minAge", "bad age range " + minAge + "-" + maxAge);
        }
        if (maxSiblingGroup < 1) {
            throw new InvalidInputException("maxSiblingGroup", "the sibling-group limit must be at least 1, was "
                    + maxSiblingGroup);
        }
        if (acceptanceRate != null && !(acceptanceRate >= 0 && acceptanceRate <= 1)) {
            throw new InvalidInputException("acceptanceRate", "an acceptance rate is between 0 and 1, was " + acceptanceRate);
        }
        if (placementStability != null && !(placementStability >= 0 && placementStability < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException("placementStability",
                    "placement moves per 1,000 days cannot be negative, was " + placementStability);
        }
        servedCounties = copy(servedCounties);
        populationsServed = copy(populationsServed);
        contractedCounties = copy(contractedCounties);
        acceptedRisks = acceptedRisks == null || acceptedRisks.isEmpty() ? ALL_RISKS : Set.copyOf(acceptedRisks);
    }

    private static final Set<RiskLevel> ALL_RISKS = Set.copyOf(RiskLevel.all());

    private static Set<String> copy(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
