package org.providernetwork.domain.contract;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.network.OrganisationType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule of which contract covers an offering, on rows as the services read them. */
class CoverageTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final long PROVIDER = 7;

    private static Coverage.Row row(long contract, long supplier, ContractStatus status, String service, String county) {
        return new Coverage.Row(contract, supplier, status, START, END, service, county);
    }

    @Test
    void aContractCoversItsSuppliersServiceInTheCountiesOfItsLineWhileActiveAndInItsPeriod() {
        Coverage.Row row = row(1, PROVIDER, ContractStatus.ACTIVE, "FOSTER", "28081");
        assertTrue(row.covers(PROVIDER, "FOSTER", "28081", DAY));
        assertTrue(row.covers(PROVIDER, "FOSTER", "28081", START), "the first day counts");
        assertTrue(row.covers(PROVIDER, "FOSTER", "28081", END), "the last day counts");
        assertFalse(row.covers(PROVIDER, "FOSTER", "28081", START.minusDays(1)), "before the period");
        assertFalse(row.covers(PROVIDER, "FOSTER", "28081", END.plusDays(1)), "after the period");
        assertFalse(row.covers(PROVIDER, "FOSTER", "28057", DAY), "another county");
        assertFalse(row.covers(PROVIDER, "IN-HOME", "28081", DAY), "another service");
        assertFalse(row.covers(8, "FOSTER", "28081", DAY), "another provider's contract");
        for (ContractStatus status : List.of(ContractStatus.DRAFT, ContractStatus.EXPIRED, ContractStatus.TERMINATED)) {
            assertFalse(row(1, PROVIDER, status, "FOSTER", "28081").covers(PROVIDER, "FOSTER", "28081", DAY), status + " covers nothing");
        }
    }

    @Test
    void thePlacementFallsUnderTheContractCoveringItsCountyNotUnderTheLowestNumberedOne() {
        List<Coverage.Row> rows = List.of(
                row(3, PROVIDER, ContractStatus.ACTIVE, "FOSTER", "28081"),  // the lead of the provider's own region
                row(9, PROVIDER, ContractStatus.ACTIVE, "FOSTER", "28035"),  // another region's lead
                row(1, PROVIDER, ContractStatus.EXPIRED, "FOSTER", "28035"),
                row(2, 99, ContractStatus.ACTIVE, "FOSTER", "28035"));
        assertEquals(Optional.of(9L), Coverage.contractOf(rows, PROVIDER, "FOSTER", "28035", DAY, false));
        assertEquals(Optional.of(3L), Coverage.contractOf(rows, PROVIDER, "FOSTER", "28081", DAY, false));
        assertEquals(Optional.empty(), Coverage.contractOf(rows, PROVIDER, "FOSTER", "28049", DAY, false), "no contract buys 28049");
        assertEquals(Optional.empty(), Coverage.contractOf(rows, PROVIDER, "IN-HOME", "28081", DAY, false));
    }

    @Test
    void twoCoveringContractsGiveTheLowestIdInWhateverOrderTheRowsCome() {
        Coverage.Row a = row(12, PROVIDER, ContractStatus.ACTIVE, "FOSTER", "28081");
        Coverage.Row b = row(5, PROVIDER, ContractStatus.ACTIVE, "FOSTER", "28081");
        assertEquals(Optional.of(5L), Coverage.contractOf(List.of(a, b), PROVIDER, "FOSTER", "28081", DAY, false));
        assertEquals(Optional.of(5L), Coverage.contractOf(List.of(b, a), PROVIDER, "FOSTER", "28081", DAY, false));
    }

    @Test
    void theStatewideExceptionTakesAnyActiveContractForTheServiceOnlyWhenNoneListsTheCounty() {
        List<Coverage.Row> rows = List.of(row(4, PROVIDER, ContractStatus.ACTIVE, "PRTF", "28081"),
                row(6, PROVIDER, ContractStatus.ACTIVE, "PRTF", "28035"), row(2, PROVIDER, ContractStatus.DRAFT, "PRTF", "28049"));
        assertEquals(Optional.of(6L), Coverage.contractOf(rows, PROVIDER, "PRTF", "28035", DAY, true), "the one listing the county");
        assertEquals(Optional.of(4L), Coverage.contractOf(rows, PROVIDER, "PRTF", "28049", DAY, true), "any active one, lowest id");
        assertEquals(Optional.empty(), Coverage.contractOf(rows, PROVIDER, "PRTF", "28049", DAY, false));
        assertTrue(Coverage.statewide(OrganisationType.STATEWIDE_PROVIDER, true));
        assertFalse(Coverage.statewide(OrganisationType.STATEWIDE_PROVIDER, false), "a regional service of a statewide provider");
        assertFalse(Coverage.statewide(OrganisationType.LOCAL_PROVIDER, true));
    }

    @Test
    void matchingAdmitsTheHomeCountyWhereTheRuleCoversIt() {
        List<Coverage.Row> rows = List.of(row(1, PROVIDER, ContractStatus.ACTIVE, "FOSTER", "28081"),
                row(1, PROVIDER, ContractStatus.ACTIVE, "FOSTER", "28057"), row(2, PROVIDER, ContractStatus.DRAFT, "FOSTER", "28049"),
                row(3, PROVIDER, ContractStatus.ACTIVE, "IN-HOME", "28035"));
        Set<String> counties = Coverage.counties(rows, PROVIDER, "FOSTER", DAY);
        assertEquals(Set.of("28057", "28081"), counties);
        for (String county : List.of("28081", "28057", "28049", "28035")) {
            assertEquals(Coverage.contractOf(rows, PROVIDER, "FOSTER", county, DAY, false).isPresent(),
                    Coverage.admits(counties, false, county), "admitted exactly where a contract covers " + county);
        }
        assertTrue(Coverage.admits(counties, true, "28049"), "statewide: any covered county will do");
        assertFalse(Coverage.admits(Set.of(), true, "28049"), "statewide still needs an active contract");
    }
}
