package org.providernetwork.domain.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.CountyFips;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Period;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract rules, run at each of the suite's calendars (leap days, 31 December, clock changes, later decades and
 * the real day). Every day is counted from today: the prime's year starts today and ends the day before the same
 * date a year on.
 */
@ParameterizedClass(name = "at {0}")
@MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
class ContractTest {

    private final Instant NOW;
    private final LocalDate TODAY;
    /** A year starting today (2026-07-01 to 2027-06-30 when today is 2026-07-01). */
    private final Period YEAR;
    /** The day after {@link #YEAR} ends. */
    private final LocalDate AFTER_YEAR;

    private final Region north = new Region(1L, "R1", "Region 1");
    private final Region south = new Region(2L, "R2", "Region 2");
    private final County lee = new County(CountyFips.of("28081"), "Lee", new GeoPoint(34.29, -88.68), north);
    private final County forrest = new County(CountyFips.of("28035"), "Forrest", new GeoPoint(31.19, -89.26), south);
    private final Organisation state;
    private final Organisation northLead;
    private final Organisation southLead;
    private final Organisation otherNorthLead;
    private final Organisation local;
    private final Organisation southLocal;
    private final Organisation statewide;

    ContractTest(Clock clock) {
        NOW = clock.instant();
        TODAY = LocalDate.now(clock);
        YEAR = new Period(TODAY, TODAY.plusYears(1).minusDays(1));
        AFTER_YEAR = YEAR.end().plusDays(1);
        state = org("State", OrganisationType.STATE_AGENCY, null, null);
        northLead = org("North Lead", OrganisationType.LEAD_CONTRACTOR, north, lee);
        southLead = org("South Lead", OrganisationType.LEAD_CONTRACTOR, south, forrest);
        otherNorthLead = org("Other North Lead", OrganisationType.LEAD_CONTRACTOR, north, lee);
        local = org("Lee Family Services", OrganisationType.LOCAL_PROVIDER, null, lee);
        southLocal = org("Forrest Family Services", OrganisationType.LOCAL_PROVIDER, null, forrest);
        statewide = org("Statewide PRTF", OrganisationType.STATEWIDE_PROVIDER, null, lee);
    }

    private Organisation org(String name, OrganisationType type, Region lead, County hq) {
        return Organisation.register(name, type, lead, hq, List.of(), null, NOW);
    }

    private static ServiceLine line(String type, String... counties) {
        return new ServiceLine(type, ServiceUnit.DAY, new BigDecimal("85.00"), 20, Set.of(counties));
    }

    private Contract prime(Organisation lead, Period period) {
        return Contract.draft("P-" + lead.getName(), ContractKind.PRIME, state, lead, null, period, "Title IV-E",
                new BigDecimal("1000000"), List.of(line("FOSTER", "28081", "28057"), line("IN-HOME", "28081")));
    }

    private Contract activePrime() {
        Contract prime = prime(northLead, YEAR);
        prime.activate(List.of(), TODAY);
        return prime;
    }

    @Test
    void eachKindOfContractIsBetweenTheRightParties() {
        assertEquals(ContractStatus.DRAFT, prime(northLead, YEAR).getStatus());
        assertThrows(InvalidInputException.class, () -> Contract.draft("X", ContractKind.PRIME, state, local, null, YEAR,
                "f", BigDecimal.ONE, List.of(line("FOSTER", "28081"))));
        assertThrows(InvalidInputException.class, () -> Contract.draft("X", ContractKind.DIRECT, state, local, null, YEAR,
                "f", BigDecimal.ONE, List.of(line("PRTF", "28081"))));
        Contract direct = Contract.draft("D-1", ContractKind.DIRECT, state, statewide, null, YEAR, "State general fund",
                BigDecimal.ONE, List.of(line("PRTF", "28081", "28035")));
        assertEquals(ContractKind.DIRECT, direct.getKind());
        assertThrows(InvalidInputException.class, () -> Contract.draft("X", ContractKind.SUBCONTRACT, state, local,
                activePrime(), YEAR, "f", BigDecimal.ONE, List.of(line("FOSTER", "28081"))));
    }

    @Test
    void aContractNeedsItsEssentials() {
        assertThrows(InvalidInputException.class, () -> Contract.draft(" ", ContractKind.PRIME, state, northLead, null,
                YEAR, "f", BigDecimal.ONE, List.of(line("FOSTER", "28081"))));
        assertThrows(InvalidInputException.class, () -> Contract.draft("X", ContractKind.PRIME, state, northLead, null,
                YEAR, "f", new BigDecimal("-1"), List.of(line("FOSTER", "28081"))));
        assertThrows(InvalidInputException.class, () -> Contract.draft("X", ContractKind.PRIME, state, northLead, null,
                YEAR, "f", BigDecimal.ONE, List.of()));
        assertThrows(InvalidInputException.class, () -> new ServiceLine("FOSTER", ServiceUnit.DAY, BigDecimal.ZERO, 1, Set.of("28081")));
        assertThrows(InvalidInputException.class, () -> new ServiceLine("FOSTER", ServiceUnit.DAY, BigDecimal.TEN, 1, Set.of()));
        assertThrows(InvalidInputException.class, () -> new Period(TODAY.plusMonths(6), TODAY.minusMonths(6)));
    }

    @Test
    void aSubcontractStaysWithinItsPrimesPeriodServicesAndCounties() {
        Contract prime = activePrime();
        Contract sub = Contract.draft("S-1", ContractKind.SUBCONTRACT, northLead, local, prime,
                new Period(TODAY.plusMonths(1), TODAY.plusMonths(9).minusDays(1)), "prime", new BigDecimal("50000"),
                List.of(line("FOSTER", "28081")));
        assertEquals(prime, sub.getPrime());
        InvalidInputException longer = assertThrows(InvalidInputException.class, () -> Contract.draft("S-2",
                ContractKind.SUBCONTRACT, northLead, local, prime,
                new Period(TODAY.plusMonths(1), TODAY.plusMonths(18).minusDays(1)), "prime", BigDecimal.ONE,
                List.of(line("FOSTER", "28081"))));
        assertEquals("period", longer.field());
        InvalidInputException service = assertThrows(InvalidInputException.class, () -> Contract.draft("S-3",
                ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime", BigDecimal.ONE, List.of(line("PRTF", "28081"))));
        assertTrue(service.getMessage().contains("does not buy PRTF"));
        InvalidInputException county = assertThrows(InvalidInputException.class, () -> Contract.draft("S-4",
                ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime", BigDecimal.ONE, List.of(line("IN-HOME", "28057"))));
        assertTrue(county.getMessage().contains("28057"));
        InvalidInputException other = assertThrows(InvalidInputException.class, () -> Contract.draft("S-5",
                ContractKind.SUBCONTRACT, southLead, southLocal, prime, YEAR, "prime", BigDecimal.ONE,
                List.of(line("FOSTER", "28081"))), "another lead's prime");
        assertEquals("prime", other.field());
    }

    @Test
    void aLeadSubcontractsOnlyWithALocalProviderOfItsOwnRegion() {
        Contract prime = activePrime();
        InvalidInputException elsewhere = assertThrows(InvalidInputException.class, () -> Contract.draft("S-6",
                ContractKind.SUBCONTRACT, northLead, southLocal, prime, YEAR, "prime", BigDecimal.ONE,
                List.of(line("FOSTER", "28081"))));
        assertEquals("supplierId", elsewhere.field());
        assertTrue(elsewhere.getMessage().contains("Forrest Family Services") && elsewhere.getMessage().contains("Region 1"),
                elsewhere.getMessage());
        InvalidInputException statewideSub = assertThrows(InvalidInputException.class, () -> Contract.draft("S-7",
                ContractKind.SUBCONTRACT, northLead, statewide, prime, YEAR, "prime", BigDecimal.ONE,
                List.of(line("FOSTER", "28081"))));
        assertEquals("supplierId", statewideSub.field());
        InvalidInputException leadDraftsPrime = assertThrows(InvalidInputException.class, () -> Contract.draft("P-X",
                ContractKind.PRIME, northLead, otherNorthLead, null, YEAR, "f", BigDecimal.ONE, List.of(line("FOSTER", "28081"))));
        assertEquals("kind", leadDraftsPrime.field());
    }

    @Test
    void theFormsChoicesComeFromTheSamePartyRule() {
        assertEquals(List.of(ContractKind.PRIME, ContractKind.DIRECT), ContractKind.draftableBy(OrganisationType.STATE_AGENCY));
        assertEquals(List.of(ContractKind.SUBCONTRACT), ContractKind.draftableBy(OrganisationType.LEAD_CONTRACTOR));
        assertEquals(List.of(), ContractKind.draftableBy(OrganisationType.LOCAL_PROVIDER));
        assertEquals(OrganisationType.LOCAL_PROVIDER, ContractKind.SUBCONTRACT.supplierType());
        assertEquals(north, ContractKind.SUBCONTRACT.supplierRegion(northLead), "a lead's own region");
        assertEquals(null, ContractKind.PRIME.supplierRegion(state), "any region");
        assertEquals(null, ContractKind.DIRECT.supplierRegion(state), "any region");
        // every organisation the rule offers passes the check, and the ones it leaves out fail it
        for (ContractKind kind : ContractKind.values()) {
            Organisation purchaser = kind == ContractKind.SUBCONTRACT ? northLead : state;
            for (Organisation supplier : List.of(northLead, local, southLocal, statewide)) {
                boolean offered = supplier.getType() == kind.supplierType() && (kind.supplierRegion(purchaser) == null
                        || supplier.getServiceRegions().contains(kind.supplierRegion(purchaser)));
                boolean accepted = accepts(kind, purchaser, supplier);
                assertEquals(offered, accepted, kind + " with " + supplier.getName());
            }
        }
    }

    private static boolean accepts(ContractKind kind, Organisation purchaser, Organisation supplier) {
        try {
            kind.checkParties(purchaser, supplier);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    @Test
    void oneActivePrimeContractPerRegionAtATime() {
        Contract first = activePrime();
        Contract second = prime(otherNorthLead, new Period(TODAY.plusMonths(6), TODAY.plusMonths(18).minusDays(1)));
        ConflictException e = assertThrows(ConflictException.class, () -> second.activate(List.of(first), TODAY));
        assertTrue(e.getMessage().contains("already has an active prime contract"));
        assertEquals(ContractStatus.DRAFT, second.getStatus());
        Contract later = prime(otherNorthLead, new Period(AFTER_YEAR, YEAR.end().plusYears(1)));
        later.activate(List.of(first), TODAY);
        assertEquals(ContractStatus.ACTIVE, later.getStatus(), "periods that do not overlap are fine");
        Contract south = prime(southLead, YEAR);
        south.activate(List.of(first, later), TODAY);
        assertEquals(ContractStatus.ACTIVE, south.getStatus(), "another region is not affected");
    }

    @Test
    void overlappingActiveContractsOfTheSamePartiesAndServiceAreRejected() {
        Contract prime = activePrime();
        Contract sub = Contract.draft("S-1", ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime",
                BigDecimal.ONE, List.of(line("FOSTER", "28081")));
        sub.activate(List.of(prime), TODAY);
        Contract again = Contract.draft("S-2", ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime",
                BigDecimal.ONE, List.of(line("FOSTER", "28081"), line("IN-HOME", "28081")));
        assertThrows(ConflictException.class, () -> again.activate(List.of(prime, sub), TODAY));
        Contract other = Contract.draft("S-3", ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime",
                BigDecimal.ONE, List.of(line("IN-HOME", "28081")));
        other.activate(List.of(prime, sub), TODAY);
        assertEquals(ContractStatus.ACTIVE, other.getStatus(), "another service of the same parties is fine");
    }

    @Test
    void theLifeCycleOnlyMovesForward() {
        Contract prime = prime(northLead, YEAR);
        assertThrows(ConflictException.class, () -> prime.terminate("no reason to"), "a draft is not terminated");
        Contract sub = Contract.draft("S-1", ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime",
                BigDecimal.ONE, List.of(line("FOSTER", "28081")));
        assertThrows(ConflictException.class, () -> sub.activate(List.of(), TODAY), "its prime is not active yet");
        prime.activate(List.of(), TODAY);
        assertThrows(ConflictException.class, () -> prime.activate(List.of(), TODAY));
        assertThrows(InvalidInputException.class, () -> prime.terminate(" "));
        prime.terminate("lead contractor withdrew");
        assertEquals(ContractStatus.TERMINATED, prime.getStatus());
        assertThrows(ConflictException.class, () -> prime.amend("more money", YEAR, BigDecimal.TEN, "sam", NOW));

        Contract ended = activePrime();
        assertFalse(ended.expireIfEnded(YEAR.end()));
        assertTrue(ended.expireIfEnded(AFTER_YEAR));
        assertEquals(ContractStatus.EXPIRED, ended.getStatus());
        Contract past = prime(northLead, new Period(TODAY.minusMonths(18), TODAY.minusMonths(6).minusDays(1)));
        assertThrows(InvalidInputException.class, () -> past.activate(List.of(), TODAY));
    }

    @Test
    void amendmentsAreNumberedAndKeepWhatWasBefore() {
        Contract prime = activePrime();
        LocalDate extended = TODAY.plusMonths(18).minusDays(1);
        Amendment first = prime.amend("extend by six months", new Period(YEAR.start(), extended),
                new BigDecimal("1500000"), "sam", NOW);
        Amendment second = prime.amend("budget cut", prime.getPeriod(), new BigDecimal("1200000"), "sam", NOW);
        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals("period " + TODAY + " to " + YEAR.end() + ", budget 1000000", first.before());
        assertEquals("period " + TODAY + " to " + extended + ", budget 1500000", first.after());
        assertEquals(new BigDecimal("1200000"), prime.getBudgetCeiling());
        assertEquals(2, prime.getAmendments().size());

        Contract sub = Contract.draft("S-1", ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime",
                BigDecimal.ONE, List.of(line("FOSTER", "28081")));
        assertThrows(InvalidInputException.class, () -> sub.amend("longer", new Period(YEAR.start(), TODAY.plusMonths(24).minusDays(1)),
                BigDecimal.ONE, "pat", NOW), "a subcontract's amendment stays within the prime");
    }

    @Test
    void anOfferingTakesReferralsOnlyWhileAnActiveContractCoversItsServiceAndCounty() {
        Contract prime = activePrime();
        Contract sub = Contract.draft("S-1", ContractKind.SUBCONTRACT, northLead, local, prime, YEAR, "prime",
                BigDecimal.ONE, List.of(line("FOSTER", "28081")));
        assertFalse(covered(List.of(prime, sub), local, "FOSTER", "28081", TODAY), "a draft covers nothing");
        sub.activate(List.of(prime), TODAY);
        List<Contract> contracts = List.of(prime, sub);
        assertTrue(covered(contracts, local, "FOSTER", "28081", TODAY));
        assertFalse(covered(contracts, local, "FOSTER", "28057", TODAY), "county not covered");
        assertFalse(covered(contracts, local, "IN-HOME", "28081", TODAY), "service not covered");
        assertFalse(covered(contracts, local, "FOSTER", "28081", AFTER_YEAR), "after the period");

        Contract direct = Contract.draft("D-1", ContractKind.DIRECT, state, statewide, null, YEAR, "fund",
                BigDecimal.ONE, List.of(line("PRTF", "28081", "28035")));
        direct.activate(List.of(), TODAY);
        assertTrue(covered(List.of(direct), statewide, "PRTF", "28035", TODAY));
        assertFalse(covered(List.of(direct), local, "PRTF", "28035", TODAY), "not the local provider's contract");
    }

    private static boolean covered(List<Contract> contracts, Organisation provider, String service, String county, LocalDate day) {
        return contracts.stream().anyMatch(c -> c.covers(provider, service, county, day));
    }

    @Test
    void performanceTargetsChangeFreelyInADraftAndByAmendmentOnceActive() {
        Contract draft = prime(northLead, YEAR);
        draft.setTarget(Indicator.PERMANENCY_12_ENTRIES, new BigDecimal("40.50"), TargetDirection.AT_LEAST, "sam", NOW);
        draft.setTarget(Indicator.PERMANENCY_12_ENTRIES, new BigDecimal("42"), TargetDirection.AT_LEAST, "sam", NOW);
        assertEquals(1, draft.getTargets().size(), "one target per indicator");
        assertEquals(0, draft.getAmendments().size(), "a draft records no amendments");

        draft.activate(List.of(), TODAY);
        draft.setTarget(Indicator.REENTRY_12, new BigDecimal("8.3"), TargetDirection.AT_MOST, "sam", NOW);
        assertEquals(1, draft.getAmendments().size());
        Amendment amendment = draft.getAmendments().get(0);
        assertEquals("no target on Re-entry to care within 12 months", amendment.before());
        assertEquals("Re-entry to care within 12 months at most 8.3%", amendment.after());

        draft.removeTarget(Indicator.PERMANENCY_12_ENTRIES, "sam", NOW);
        assertEquals(2, draft.getAmendments().size());
        assertEquals(List.of(Indicator.REENTRY_12), draft.getTargets().stream().map(PerformanceTarget::getIndicator).toList());
    }

    @Test
    void aTargetCanOnlyBeSetOnAnIndicatorThePortalMeasures() {
        Contract draft = prime(northLead, YEAR);
        for (Indicator indicator : Indicator.values()) {
            if (org.providernetwork.domain.outcome.IndicatorDefinition.evaluates(indicator)) {
                draft.setTarget(indicator, BigDecimal.ONE, TargetDirection.AT_LEAST, "sam", NOW);
            } else {
                assertThrows(InvalidInputException.class,
                        () -> draft.setTarget(indicator, BigDecimal.ONE, TargetDirection.AT_LEAST, "sam", NOW), indicator.name());
            }
        }
        assertTrue(draft.target(Indicator.REFERRAL_ACCEPTANCE).isPresent(), "acceptance is measured");
        assertTrue(draft.target(Indicator.RESPONSE_ON_TIME).isPresent(), "response time is measured");
        assertTrue(draft.target(Indicator.RECURRENCE_12).isPresent(), "recurrence is measured");
    }

    @Test
    void targetsAreCheckedAndJudgeValuesInTheirDirection() {
        Contract draft = prime(northLead, YEAR);
        assertThrows(InvalidInputException.class, () -> draft.setTarget(Indicator.SIBLINGS_TOGETHER,
                new BigDecimal("101"), TargetDirection.AT_LEAST, "sam", NOW), "a percentage is at most 100");
        assertThrows(InvalidInputException.class, () -> draft.setTarget(Indicator.PLACEMENT_STABILITY,
                new BigDecimal("-1"), TargetDirection.AT_MOST, "sam", NOW));
        assertThrows(InvalidInputException.class, () -> draft.setTarget(Indicator.PLACEMENT_STABILITY,
                new BigDecimal("4.1"), null, "sam", NOW));
        assertThrows(InvalidInputException.class, () -> draft.removeTarget(Indicator.PLACEMENT_STABILITY, "sam", NOW));
        draft.setTarget(Indicator.PLACEMENT_STABILITY, new BigDecimal("4.12"), TargetDirection.AT_MOST, "sam", NOW);
        PerformanceTarget target = draft.target(Indicator.PLACEMENT_STABILITY).orElseThrow();
        assertTrue(target.metBy(new BigDecimal("4.12")));
        assertFalse(target.metBy(new BigDecimal("4.2")));
        assertEquals(Indicator.REENTRY_12, Indicator.of("reentry-12"));
        assertThrows(InvalidInputException.class, () -> Indicator.of("speed"));

        draft.activate(List.of(), TODAY);
        draft.terminate("funding withdrawn");
        assertThrows(ConflictException.class, () -> draft.setTarget(Indicator.REENTRY_12, BigDecimal.ONE,
                TargetDirection.AT_MOST, "sam", NOW), "a terminated contract keeps its terms");
    }
}
