package org.providernetwork.domain.network;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.CountyFips;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final Region north = new Region(1L, "R1", "Region 1");
    private final Region south = new Region(2L, "R2", "Region 2");
    private final County lee = new County(CountyFips.of("28081"), "Lee", new GeoPoint(34.29, -88.68), north);

    @Test
    void aLeadContractorLeadsAndWorksInItsRegion() {
        Organisation lead = Organisation.register("North Family Partnership", OrganisationType.LEAD_CONTRACTOR,
                north, lee, List.of(), ContactDetails.none(), NOW);
        assertEquals(north, lead.getLeadRegion());
        assertEquals(Set.of(north), lead.getServiceRegions());
        assertTrue(lead.isActive());
    }

    @Test
    void aLeadContractorWithoutARegionIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Organisation.register(
                "Lead", OrganisationType.LEAD_CONTRACTOR, null, lee, List.of(), null, NOW));
        assertEquals("region", e.field());
    }

    @Test
    void aProviderWorksInTheRegionOfItsHeadquartersUnlessToldOtherwise() {
        Organisation provider = Organisation.register("Lee County Youth Services", OrganisationType.LOCAL_PROVIDER,
                null, lee, List.of(), null, NOW);
        assertEquals(Set.of(north), provider.getServiceRegions());
        Organisation both = Organisation.register("Two Region Services", OrganisationType.LOCAL_PROVIDER,
                null, lee, List.of(north, south), null, NOW);
        assertEquals(Set.of(north, south), both.getServiceRegions());
    }

    @Test
    void aProviderCannotLeadARegionNorWorkNowhere() {
        assertThrows(InvalidInputException.class, () -> Organisation.register("P", OrganisationType.LOCAL_PROVIDER,
                north, lee, List.of(), null, NOW));
        assertThrows(InvalidInputException.class, () -> Organisation.register("Nowhere", OrganisationType.LOCAL_PROVIDER,
                null, null, List.of(), null, NOW));
    }

    @Test
    void theStateAgencyHasNoRegion() {
        assertThrows(InvalidInputException.class, () -> Organisation.register("State", OrganisationType.STATE_AGENCY,
                null, null, List.of(north), null, NOW));
    }

    @Test
    void namesAreTrimmedAndTheirKeyIgnoresCaseAndSpacing() {
        assertEquals("magnolia family services", Organisation.nameKey("  Magnolia   Family SERVICES "));
        Organisation org = Organisation.register("  Magnolia Family Services ", OrganisationType.LOCAL_PROVIDER,
                null, lee, List.of(), null, NOW);
        assertEquals("Magnolia Family Services", org.getName());
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> Organisation.nameKey("  "));
        assertEquals("name", blank.field());
        assertThrows(InvalidInputException.class, () -> Organisation.nameKey("x".repeat(201)));
    }

    @Test
    void contactDetailsRejectAMalformedEmail() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ContactDetails(null, null, null, null, "not-an-address", null));
        assertEquals("email", e.field());
    }

    @Test
    void ageRangesStayWithinChildhoodAndInOrder() {
        assertTrue(new AgeRange(0, 17).contains(17));
        assertThrows(InvalidInputException.class, () -> new AgeRange(12, 6));
        assertThrows(InvalidInputException.class, () -> new AgeRange(0, 22));
    }

    @Test
    void onlyProvidersOfferServicesAndOfferingsServeTheirOwnCounty() {
        Organisation provider = Organisation.register("Lee Services", OrganisationType.LOCAL_PROVIDER, null, lee,
                List.of(), null, NOW);
        Organisation lead = Organisation.register("Lead", OrganisationType.LEAD_CONTRACTOR, north, lee, List.of(),
                null, NOW);
        var foster = new org.providernetwork.domain.reference.ServiceType(1L, "FOSTER", "Foster care", "Out-of-home care",
                false, true, null);
        ServiceOffering offering = new ServiceOffering(provider, foster, profile("Foster care - Lee", 3), NOW);
        assertTrue(offering.serves(lee));
        assertThrows(InvalidInputException.class, () -> new ServiceOffering(lead, foster, profile("x", 3), NOW));
        assertThrows(InvalidInputException.class, () -> new ServiceOffering(provider, foster, profile("x", 0), NOW));
    }

    private OfferingProfile profile(String name, int siblings) {
        return new OfferingProfile(name, null, lee, List.of(), List.of(), new AgeRange(0, 17), GendersServed.ANY,
                siblings, false, List.of("en"), List.of());
    }
}
