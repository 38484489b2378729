package org.providernetwork.domain.matching;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.providernetwork.domain.matching.Fixtures.HINDS;
import static org.providernetwork.domain.matching.Fixtures.HINDS_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.offering;
import static org.providernetwork.domain.matching.Fixtures.request;

class MatchRequestTest {

    @Test
    void theLeadRegionDefaultsToTheHomeRegion() {
        assertEquals("R4", request().build().leadRegionCode());
        assertEquals("R2", request().lead("R2").build().leadRegionCode());
    }

    @Test
    void needCodesAreKeptSortedAndABlankSchoolCountyIsNone() {
        Fixtures.RequestBuilder builder = request().required("TRAFFICKING", "AGGRESSION", "MED-FRAGILE");
        builder.schoolCountyFips = " ";
        MatchRequest request = builder.build();
        assertEquals(List.of("AGGRESSION", "MED-FRAGILE", "TRAFFICKING"), List.copyOf(request.requiredPopulations()));
        assertNull(request.schoolCountyFips());
    }

    @Test
    void aReferralNamesAtLeastOneChildAndItsHomeCounty() {
        assertEquals("children", assertThrows(InvalidInputException.class,
                () -> request().children().build()).field());
        assertEquals("homeCountyFips", assertThrows(InvalidInputException.class,
                () -> new MatchRequest("FOSTER", null, HINDS_CENTROID, "R4", null, List.of(new Child(3, ChildGender.MALE)),
                        false, false, false, Set.of(), Set.of(), null)).field());
        assertThrows(InvalidInputException.class, () -> new Child(-1, ChildGender.MALE));
        assertThrows(InvalidInputException.class, () -> new Child(4, null));
    }

    @Test
    void offeringFactsAreChecked() {
        assertEquals("minAge", assertThrows(InvalidInputException.class, () -> offering(1).ages(12, 5).build()).field());
        assertEquals("maxSiblingGroup", assertThrows(InvalidInputException.class,
                () -> offering(1).maxSiblings(0).build()).field());
        assertEquals("acceptanceRate", assertThrows(InvalidInputException.class,
                () -> offering(1).track(1.5, null).build()).field());
        assertEquals("placementStability", assertThrows(InvalidInputException.class,
                () -> offering(1).track(null, -0.5).build()).field());
        OfferingFacts none = new OfferingFacts(1, "o", 2, "p", OrganisationType.LOCAL_PROVIDER, "FOSTER", false, HINDS,
                HINDS_CENTROID, "R4", null, false, 0, 17, GendersServed.ANY, null, 1, 1, null, true, null, null);
        assertEquals(Set.of(), none.contractedCounties());
        assertEquals(Set.of(), none.servedCounties());
    }
}
