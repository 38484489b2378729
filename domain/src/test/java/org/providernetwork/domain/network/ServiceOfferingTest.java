package org.providernetwork.domain.network;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.CountyFips;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceOfferingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private final Region north = new Region(1L, "R1", "Region 1");
    private final County lee = new County(CountyFips.of("28081"), "Lee", new GeoPoint(34.29, -88.68), north);
    private final County pontotoc = new County(CountyFips.of("28115"), "Pontotoc", new GeoPoint(34.22, -89.03), north);
    private final ServiceType foster = new ServiceType(1L, "FOSTER", "Foster care", "Out-of-home care", false, true, null);
    private final Organisation provider = Organisation.register("Lee Services", OrganisationType.LOCAL_PROVIDER, null,
            lee, List.of(), null, NOW);
    private final Credential.Terms licence = new Credential.Terms(CredentialKind.LICENCE, "State licensing unit",
            "CPA-0042", LocalDate.of(2027, 1, 31));

    private OfferingProfile profile(List<String> languages, List<Credential.Terms> credentials) {
        return new OfferingProfile(" Foster care - Lee ", "  ", lee, List.of(pontotoc), List.of(), new AgeRange(0, 17),
                null, 3, true, languages, credentials);
    }

    @Test
    void aProfileIsTrimmedAndDefaulted() {
        ServiceOffering offering = new ServiceOffering(provider, foster, profile(List.of("EN", "es"), List.of(licence)), NOW);
        assertEquals("Foster care - Lee", offering.getName());
        assertNull(offering.getDescription(), "a blank description is no description");
        assertEquals(GendersServed.ANY, offering.getGenders());
        assertEquals(Set.of("en", "es"), offering.getLanguages());
        assertEquals(Set.of(lee, pontotoc), offering.getServedCounties());
        assertEquals(1, offering.getCredentials().size());
        assertEquals("CPA-0042", offering.getCredentials().get(0).getIdentifier());
    }

    @Test
    void languagesAreIsoCodesAndAtLeastOne() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> new ServiceOffering(provider, foster, profile(List.of("english"), List.of()), NOW));
        assertEquals("languages", unknown.field());
        assertThrows(InvalidInputException.class, () -> new ServiceOffering(provider, foster, profile(List.of(), List.of()), NOW));
        assertEquals("American Sign Language", Languages.name("ase"));
        assertEquals("Vietnamese", Languages.name("vi"));
    }

    @Test
    void credentialsNeedIssuerNumberAndExpiry() {
        assertThrows(InvalidInputException.class,
                () -> new Credential.Terms(CredentialKind.LICENCE, "", "X-1", LocalDate.of(2027, 1, 1)));
        assertThrows(InvalidInputException.class,
                () -> new Credential.Terms(CredentialKind.ACCREDITATION, "Council", "A-1", null));
        assertThrows(InvalidInputException.class, () -> new Credential.Terms(null, "Council", "A-1", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void revisingKeepsTheCredentialsStillListedAndDropsTheRest() {
        Credential.Terms accreditation = new Credential.Terms(CredentialKind.ACCREDITATION, "Council on Accreditation",
                "COA-9", LocalDate.of(2028, 6, 30));
        ServiceOffering offering = new ServiceOffering(provider, foster, profile(List.of("en"), List.of(licence, accreditation)), NOW);
        Credential kept = offering.getCredentials().stream().filter(c -> c.getKind() == CredentialKind.LICENCE).findFirst().orElseThrow();

        Credential.Terms renewed = new Credential.Terms(CredentialKind.LICENCE, "State licensing unit", "cpa-0042",
                LocalDate.of(2028, 1, 31));
        offering.revise(profile(List.of("en"), List.of(renewed)), NOW.plusSeconds(60));

        assertEquals(1, offering.getCredentials().size());
        assertSame(kept, offering.getCredentials().get(0), "the same licence, renewed, not a new record");
        assertEquals(LocalDate.of(2028, 1, 31), kept.getExpiresOn());
        assertEquals(NOW.plusSeconds(60), offering.getUpdatedAt());
    }

    @Test
    void anOfferingAcceptsEveryRiskLevelUnlessItNamesSomeAndAtLeastOne() {
        ServiceOffering offering = new ServiceOffering(provider, foster, profile(List.of("en"), List.of()), NOW);
        assertEquals(RiskLevel.all(), offering.getAcceptedRisks());
        OfferingProfile lowOnly = withRisks(offering.profile(), List.of(RiskLevel.MODERATE, RiskLevel.LOW, RiskLevel.LOW));
        offering.revise(lowOnly, NOW);
        assertEquals(Set.of(RiskLevel.LOW, RiskLevel.MODERATE), offering.getAcceptedRisks());
        assertEquals(Set.of(RiskLevel.LOW, RiskLevel.MODERATE), Set.copyOf(offering.profile().acceptedRisks()),
                "the profile read back keeps them");
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> offering.revise(withRisks(offering.profile(), List.of()), NOW));
        assertEquals("acceptedRisks", none.field());
        assertEquals(Set.of(RiskLevel.LOW, RiskLevel.MODERATE), offering.getAcceptedRisks(), "a refused change changes nothing");
    }

    private static OfferingProfile withRisks(OfferingProfile p, List<RiskLevel> risks) {
        return new OfferingProfile(p.name(), p.description(), p.location(), p.servedCounties(), p.specialisedPopulations(),
                p.ageRange(), p.genders(), p.maxSiblingGroup(), p.acceptsOutOfCounty(), p.languages(), p.credentials(), risks);
    }

    @Test
    void siblingGroupAndAgesAreChecked() {
        OfferingProfile noSiblings = new OfferingProfile("x", null, lee, List.of(), List.of(), new AgeRange(0, 17), null,
                0, false, List.of("en"), List.of());
        assertThrows(InvalidInputException.class, () -> new ServiceOffering(provider, foster, noSiblings, NOW));
        OfferingProfile noAges = new OfferingProfile("x", null, lee, List.of(), List.of(), null, null, 2, false,
                List.of("en"), List.of());
        assertThrows(InvalidInputException.class, () -> new ServiceOffering(provider, foster, noAges, NOW));
    }

    @Test
    void aWithdrawnOfferingCanComeBack() {
        ServiceOffering offering = new ServiceOffering(provider, foster, profile(List.of("en"), List.of()), NOW);
        offering.deactivate(NOW);
        assertFalse(offering.isActive());
        offering.reactivate(NOW);
        assertTrue(offering.isActive());
    }

    @Test
    void theProfileRoundTrips() {
        ServiceOffering offering = new ServiceOffering(provider, foster, profile(List.of("en"), List.of(licence)), NOW);
        OfferingProfile again = offering.profile();
        offering.revise(again, NOW);
        assertEquals(Set.of(lee, pontotoc), offering.getServedCounties());
        assertEquals(1, offering.getCredentials().size());
    }
}
