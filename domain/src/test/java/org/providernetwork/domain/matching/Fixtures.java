package org.providernetwork.domain.matching;

import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.shared.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Counties, a default referral and a builder of offerings that pass every constraint unless told otherwise. */
final class Fixtures {

    static final String HINDS = "28049";
    static final GeoPoint HINDS_CENTROID = new GeoPoint(32.267924, -90.465900);
    static final String MADISON = "28089";
    static final GeoPoint MADISON_CENTROID = new GeoPoint(32.634370, -90.034160);
    static final String RANKIN = "28121";
    static final GeoPoint RANKIN_CENTROID = new GeoPoint(32.262057, -89.946552);
    static final String DESOTO = "28033";
    static final GeoPoint DESOTO_CENTROID = new GeoPoint(34.874266, -89.993240);
    static final String HARRISON = "28047";
    static final GeoPoint HARRISON_CENTROID = new GeoPoint(30.416536, -89.083376);

    static final Set<String> CAPITAL_REGION = Set.of(HINDS, MADISON, RANKIN);

    private Fixtures() {
    }

    static RequestBuilder request() {
        return new RequestBuilder();
    }

    static OfferingBuilder offering(long id) {
        return new OfferingBuilder(id);
    }

    static final class RequestBuilder {
        String serviceTypeCode = "FOSTER";
        String homeCountyFips = HINDS;
        GeoPoint homeCentroid = HINDS_CENTROID;
        String homeRegionCode = "R4";
        String schoolCountyFips;
        List<Child> children = new ArrayList<>(List.of(new Child(8, ChildGender.FEMALE)));
        boolean keepSiblingsTogether = true;
        boolean allowSplit;
        boolean stayInHomeCounty;
        Set<String> requiredPopulations = Set.of();
        Set<String> actionableNeeds = Set.of();
        String leadRegionCode;
        LevelOfCare requestedLevel;
        LevelOfCare maxLevel;
        boolean kinFirst;
        RiskLevel risk;

        RequestBuilder service(String code) {
            serviceTypeCode = code;
            return this;
        }

        /** A placement service at a level of care, matched up to {@code max} (its own level when null). */
        RequestBuilder placement(String code, LevelOfCare level, LevelOfCare max) {
            serviceTypeCode = code;
            requestedLevel = level;
            maxLevel = max;
            return this;
        }

        RequestBuilder kinFirst(boolean kin) {
            kinFirst = kin;
            return this;
        }

        RequestBuilder risk(RiskLevel level) {
            risk = level;
            return this;
        }

        RequestBuilder children(Child... group) {
            children = List.of(group);
            return this;
        }

        RequestBuilder siblings(int count) {
            List<Child> group = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                group.add(new Child(5 + i, i % 2 == 0 ? ChildGender.FEMALE : ChildGender.MALE));
            }
            children = group;
            return this;
        }

        RequestBuilder keepTogether(boolean keep) {
            keepSiblingsTogether = keep;
            return this;
        }

        RequestBuilder split(boolean split) {
            allowSplit = split;
            return this;
        }

        RequestBuilder stayInHomeCounty(boolean stay) {
            stayInHomeCounty = stay;
            return this;
        }

        RequestBuilder school(String fips) {
            schoolCountyFips = fips;
            return this;
        }

        RequestBuilder required(String... codes) {
            requiredPopulations = Set.of(codes);
            return this;
        }

        RequestBuilder actionable(String... codes) {
            actionableNeeds = Set.of(codes);
            return this;
        }

        RequestBuilder lead(String region) {
            leadRegionCode = region;
            return this;
        }

        MatchRequest build() {
            return new MatchRequest(serviceTypeCode, homeCountyFips, homeCentroid, homeRegionCode, schoolCountyFips,
                    children, keepSiblingsTogether, allowSplit, stayInHomeCounty, requiredPopulations,
                    actionableNeeds, leadRegionCode, requestedLevel, maxLevel, kinFirst, risk);
        }
    }

    static final class OfferingBuilder {
        final long id;
        OrganisationType providerType = OrganisationType.LOCAL_PROVIDER;
        String serviceTypeCode = "FOSTER";
        boolean statewideService;
        String countyFips = HINDS;
        GeoPoint centroid = HINDS_CENTROID;
        String regionCode = "R4";
        Set<String> servedCounties = CAPITAL_REGION;
        boolean acceptsOutOfCounty;
        int minAge = 0;
        int maxAge = 17;
        GendersServed genders = GendersServed.ANY;
        Set<String> populations = Set.of();
        int maxSiblingGroup = 4;
        int free = 4;
        Set<String> contractedCounties = CAPITAL_REGION;
        boolean active = true;
        Double acceptanceRate;
        Double placementStability;
        java.time.LocalDate licenceExpiredOn;
        LevelOfCare levelOfCare;
        Set<RiskLevel> acceptedRisks;

        OfferingBuilder(long id) {
            this.id = id;
        }

        OfferingBuilder statewide(String service) {
            providerType = OrganisationType.STATEWIDE_PROVIDER;
            serviceTypeCode = service;
            statewideService = true;
            return this;
        }

        OfferingBuilder providerType(OrganisationType type) {
            providerType = type;
            return this;
        }

        OfferingBuilder service(String code, boolean statewide) {
            serviceTypeCode = code;
            statewideService = statewide;
            return this;
        }

        /** A placement service at a level of care. */
        OfferingBuilder placement(String code, LevelOfCare level) {
            serviceTypeCode = code;
            levelOfCare = level;
            return this;
        }

        OfferingBuilder acceptsRisks(RiskLevel... levels) {
            acceptedRisks = Set.of(levels);
            return this;
        }

        OfferingBuilder at(String fips, GeoPoint point, String region) {
            countyFips = fips;
            centroid = point;
            regionCode = region;
            return this;
        }

        OfferingBuilder serves(String... counties) {
            servedCounties = Set.of(counties);
            return this;
        }

        OfferingBuilder outOfCounty(boolean accepts) {
            acceptsOutOfCounty = accepts;
            return this;
        }

        OfferingBuilder ages(int min, int max) {
            minAge = min;
            maxAge = max;
            return this;
        }

        OfferingBuilder genders(GendersServed served) {
            genders = served;
            return this;
        }

        OfferingBuilder populations(String... codes) {
            populations = Set.of(codes);
            return this;
        }

        OfferingBuilder maxSiblings(int max) {
            maxSiblingGroup = max;
            return this;
        }

        OfferingBuilder free(int places) {
            free = places;
            return this;
        }

        OfferingBuilder contracted(String... counties) {
            contractedCounties = Set.of(counties);
            return this;
        }

        /** Licences whose latest expiry is {@code latest}, matched on {@code day}. */
        OfferingBuilder licensedUntil(java.time.LocalDate latest, java.time.LocalDate day) {
            licenceExpiredOn = OfferingFacts.lapsedLicence(latest, day);
            return this;
        }

        OfferingBuilder inactive() {
            active = false;
            return this;
        }

        OfferingBuilder track(Double acceptance, Double movesPer1000Days) {
            acceptanceRate = acceptance;
            placementStability = movesPer1000Days;
            return this;
        }

        OfferingFacts build() {
            return new OfferingFacts(id, "Offering " + id, 1000 + id, "Provider " + id, providerType, serviceTypeCode,
                    statewideService, countyFips, centroid, regionCode, servedCounties, acceptsOutOfCounty, minAge,
                    maxAge, genders, populations, maxSiblingGroup, free, contractedCounties, active, acceptanceRate,
                    placementStability, licenceExpiredOn, levelOfCare, acceptedRisks);
        }
    }
}
