package org.providernetwork.service.tenancy;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.account.SignedInUser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The named questions services and pages ask the tenant scope, for each kind of caller: the state agency, the lead
 * of region R2, a provider (organisation 30) and no one.
 */
class TenantScopeTest {

    static final long STATE_ID = 1;
    static final long LEAD_ID = 12;
    static final long PROVIDER_ID = 30;
    static final long OTHER_PROVIDER = 31;

    static final TenantScope STATE = TenantScope.of(user(STATE_ID, OrganisationType.STATE_AGENCY, null));
    static final TenantScope LEAD = TenantScope.of(user(LEAD_ID, OrganisationType.LEAD_CONTRACTOR, "R2"));
    static final TenantScope PROVIDER = TenantScope.of(user(PROVIDER_ID, OrganisationType.LOCAL_PROVIDER, null));
    static final TenantScope NOBODY = TenantScope.of(null);

    static SignedInUser user(long organisation, OrganisationType type, String leadRegion) {
        return new SignedInUser(1L, "someone", "Some One", organisation, "Org", type, leadRegion, Set.of());
    }

    @Test
    void aLeadContractorWithoutARegionIsHeldToItsOwnOrganisation() {
        TenantScope regionless = TenantScope.of(user(LEAD_ID, OrganisationType.LEAD_CONTRACTOR, null));
        assertFalse(regionless.refers());
        assertFalse(regionless.leads("R2"));
        assertFalse(regionless.seesOfferTo(OTHER_PROVIDER));
    }

    @Test
    void theStateAndTheLeadsReferAndRouteProvidersAnswer() {
        assertTrue(STATE.refers());
        assertTrue(LEAD.refers());
        assertFalse(PROVIDER.refers());
        assertFalse(NOBODY.refers());
        assertTrue(PROVIDER.receivesOffers());
        assertFalse(STATE.receivesOffers());
        assertFalse(LEAD.receivesOffers());
        assertFalse(NOBODY.receivesOffers());
    }

    @Test
    void aLeadTakesInReferralsOfItsOwnRegionOnly() {
        assertTrue(STATE.takesInReferralsOf("R5"));
        assertTrue(LEAD.takesInReferralsOf("R2"));
        assertFalse(LEAD.takesInReferralsOf("R5"));
        assertFalse(PROVIDER.takesInReferralsOf("R2"));
        assertFalse(NOBODY.takesInReferralsOf("R2"));
        assertTrue(LEAD.leads("R2"));
        assertFalse(LEAD.leads("R5"));
        assertFalse(STATE.leads("R2"));
    }

    @Test
    void aProviderSeesOnlyTheOffersMadeToItTheReferrerEvery() {
        assertTrue(STATE.seesOfferTo(OTHER_PROVIDER));
        assertTrue(LEAD.seesOfferTo(OTHER_PROVIDER));
        assertTrue(PROVIDER.seesOfferTo(PROVIDER_ID));
        assertFalse(PROVIDER.seesOfferTo(OTHER_PROVIDER));
        assertFalse(NOBODY.seesOfferTo(OTHER_PROVIDER));
        assertEquals("o.providerId = :scopeOrganisation", PROVIDER.offers("o").jpql());
        assertEquals(PROVIDER_ID, PROVIDER.offers("o").parameters().get("scopeOrganisation"));
        assertEquals("1 = 1", LEAD.offers("o").jpql());
        assertEquals("1 = 0", NOBODY.offers("o").jpql());
    }

    @Test
    void theStateAndTheServingProviderReportOutcomesALeadOnlyReadsThem() {
        assertTrue(STATE.reportsOutcomes());
        assertTrue(PROVIDER.reportsOutcomes());
        assertFalse(LEAD.reportsOutcomes());
        assertFalse(NOBODY.reportsOutcomes());
        assertTrue(STATE.actsForAnyProvider());
        assertFalse(LEAD.actsForAnyProvider());
        assertFalse(PROVIDER.actsForAnyProvider());
    }

    @Test
    void theCaseRecordIsTheStatesTheRegionsLeadsAndTheServingProvidersOnly() {
        assertTrue(STATE.includesCase("R5", OTHER_PROVIDER));
        assertTrue(LEAD.includesCase("R2", OTHER_PROVIDER));
        assertFalse(LEAD.includesCase("R5", OTHER_PROVIDER));
        assertTrue(PROVIDER.includesCase("R5", PROVIDER_ID));
        assertFalse(PROVIDER.includesCase("R5", OTHER_PROVIDER));
        assertFalse(PROVIDER.includesCase("R5", null));
    }

    @Test
    void aCutOfTheFiguresIsNarrowedToTheScopeAndACutBeyondItIsNotFound() {
        Cut asked = new Cut(null, "28035", 44L, null, 7L);
        assertEquals(asked, STATE.narrow(asked));
        assertEquals(new Cut(null, "28035", 44L, LEAD_ID, 7L), LEAD.narrow(asked));
        assertEquals(new Cut(null, null, null, LEAD_ID, null), LEAD.narrow(new Cut("R2", null, null, LEAD_ID, null)));
        assertThrows(NotFoundException.class, () -> LEAD.narrow(new Cut("R5", null, null, null, null)));
        assertThrows(NotFoundException.class, () -> LEAD.narrow(new Cut(null, null, null, 99L, null)));
        assertEquals(new Cut("R2", null, PROVIDER_ID, null, null), PROVIDER.narrow(new Cut("R2", null, null, null, null)));
        assertThrows(NotFoundException.class, () -> PROVIDER.narrow(new Cut(null, null, OTHER_PROVIDER, null, null)));
        assertThrows(NotFoundException.class, () -> PROVIDER.narrow(new Cut(null, null, null, LEAD_ID, null)));
        assertThrows(NotFoundException.class, () -> NOBODY.narrow(asked));
    }

    @Test
    void aLeadRegistersAndLocatesLocalProvidersOfItsOwnRegionOnly() {
        assertTrue(STATE.registersOrganisations());
        assertTrue(LEAD.registersOrganisations());
        assertFalse(PROVIDER.registersOrganisations());
        assertTrue(STATE.registers(OrganisationType.STATEWIDE_PROVIDER, Set.of("R1", "R2")));
        assertTrue(LEAD.registers(OrganisationType.LOCAL_PROVIDER, Set.of("R2")));
        assertFalse(LEAD.registers(OrganisationType.LOCAL_PROVIDER, Set.of("R2", "R3")));
        assertFalse(LEAD.registers(OrganisationType.STATEWIDE_PROVIDER, Set.of("R2")));
        assertFalse(PROVIDER.registers(OrganisationType.LOCAL_PROVIDER, Set.of("R2")));
        assertTrue(LEAD.locatesOfferingsIn("R2"));
        assertFalse(LEAD.locatesOfferingsIn("R3"));
        assertTrue(STATE.locatesOfferingsIn("R3"));
        assertTrue(PROVIDER.locatesOfferingsIn("R3"));
        assertEquals("a local provider of region R2", LEAD.importsFor());
        assertEquals("your organisation", PROVIDER.importsFor());
    }

    @Test
    void aLeadsProvidersAreTheLocalProvidersServingItsRegion() {
        assertTrue(LEAD.includes(LEAD_ID, OrganisationType.LEAD_CONTRACTOR, List.of("R2")));
        assertTrue(LEAD.includes(OTHER_PROVIDER, OrganisationType.LOCAL_PROVIDER, List.of("R1", "R2")));
        assertFalse(LEAD.includes(OTHER_PROVIDER, OrganisationType.LOCAL_PROVIDER, List.of("R3")));
        assertFalse(LEAD.includes(OTHER_PROVIDER, OrganisationType.STATEWIDE_PROVIDER, List.of("R2")));
        assertFalse(PROVIDER.includes(OTHER_PROVIDER, OrganisationType.LOCAL_PROVIDER, List.of("R2")));
    }

    @Test
    void aLeadSeesItsOwnOrganisationAndTheLocalProvidersOfItsRegionByOneRule() {
        TenantScope.Predicate seen = new TenantScope(TenantScope.Kind.REGION, 42, "R3").organisations("o");
        TenantScope.Predicate local = TenantScope.localProviderOf("o", ":scopeRegion");
        assertTrue(seen.jpql().contains(local.jpql()), "the lead's view is built on the local-provider rule: " + seen.jpql());
        assertTrue(seen.jpql().contains("o.id = :scopeOrganisation"), seen.jpql());
        assertEquals(42L, seen.parameters().get("scopeOrganisation"));
        assertEquals("R3", seen.parameters().get("scopeRegion"));
        assertEquals(OrganisationType.LOCAL_PROVIDER, seen.parameters().get("scopeLocal"));
    }

    @Test
    void theLocalProviderRuleTakesTheRegionFromAParameterOrAPath() {
        TenantScope.Predicate byPath = TenantScope.localProviderOf("p", "lr.code");
        assertTrue(byPath.jpql().contains("p.type = :scopeLocal"), byPath.jpql());
        assertTrue(byPath.jpql().contains("so = p AND sr.code = lr.code"), byPath.jpql());
        assertEquals(java.util.Map.of("scopeLocal", OrganisationType.LOCAL_PROVIDER), byPath.parameters(),
                "only local providers have a lead: a statewide provider never matches");
    }

    /** Reading the kind of scope anywhere but here would write a tenancy rule a second time. */
    @Test
    void noServiceResourceOrPageReadsTheKindOfScope() throws IOException {
        Pattern readsKind = Pattern.compile("(?i)scope\\(?\\)?\\.kind\\(\\)|TenantScope\\.Kind\\.");
        List<String> offenders;
        List<Path> roots = Stream.of("../provider-ejb/src/main/java", "../referral-api/src/main/java", "../portal-web/src/main/java")
                .map(Path::of).filter(Files::isDirectory).toList();
        assertEquals(3, roots.size(), "the modules' sources are where this test expects them");
        try (Stream<Path> files = roots.stream().flatMap(TenantScopeTest::javaFiles)) {
            offenders = files.filter(f -> !f.getFileName().toString().equals("TenantScope.java"))
                    .filter(f -> readsKind.matcher(read(f)).find()).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
