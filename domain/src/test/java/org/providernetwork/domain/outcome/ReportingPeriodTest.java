package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Period;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Federal fiscal years, calendar years and free windows: their dates, codes, words, parsing and the default. */
class ReportingPeriodTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aFederalFiscalYearRunsFromOctoberToSeptemberAndIsNamedByItsEnd() {
        ReportingPeriod fy = ReportingPeriod.federalFiscalYear(2026);
        assertEquals(new Period(d("2025-10-01"), d("2026-09-30")), fy.period());
        assertEquals(365, fy.period().days());
        assertEquals("FFY2026", fy.code());
        assertEquals("Federal fiscal year 2026 (2025-10-01 to 2026-09-30)", fy.label());
        assertTrue(fy.kind().isFixed());
        assertEquals(366, ReportingPeriod.federalFiscalYear(2024).period().days(), "FFY2024 holds 29 February 2024");
        assertEquals(365, ReportingPeriod.federalFiscalYear(2025).period().days());
    }

    @Test
    void theFiscalYearOfADayTurnsOnTheFirstOfOctober() {
        assertEquals(2026, ReportingPeriod.federalFiscalYearOf(d("2025-10-01")));
        assertEquals(2025, ReportingPeriod.federalFiscalYearOf(d("2025-09-30")));
        assertEquals(2026, ReportingPeriod.federalFiscalYearOf(d("2026-09-30")));
        assertEquals(2027, ReportingPeriod.federalFiscalYearOf(d("2026-12-31")));
        assertEquals(2024, ReportingPeriod.federalFiscalYearOf(d("2024-02-29")));
    }

    @Test
    void aCalendarYearCountsItsLeapDay() {
        ReportingPeriod cy = ReportingPeriod.calendarYear(2024);
        assertEquals(new Period(d("2024-01-01"), d("2024-12-31")), cy.period());
        assertEquals(366, cy.period().days());
        assertEquals(365, ReportingPeriod.calendarYear(2100).period().days(), "2100 is not a leap year");
        assertEquals("CY2024", cy.code());
        assertEquals("Calendar year 2024 (2024-01-01 to 2024-12-31)", cy.label());
    }

    @Test
    void theDefaultIsTheLatestFederalFiscalYearThatIsOver() {
        assertEquals(ReportingPeriod.federalFiscalYear(2025), ReportingPeriod.reportingDefault(d("2026-09-30")),
                "on its last day FFY2026 is not over yet");
        assertEquals(ReportingPeriod.federalFiscalYear(2026), ReportingPeriod.reportingDefault(d("2026-10-01")));
        assertEquals(ReportingPeriod.federalFiscalYear(2026), ReportingPeriod.reportingDefault(d("2026-12-06")));
        assertEquals(ReportingPeriod.federalFiscalYear(2023), ReportingPeriod.reportingDefault(d("2024-02-29")));
        assertEquals(ReportingPeriod.reportingDefault(d("2026-12-06")), ReportingPeriod.resolve(null, null, null, d("2026-12-06")));
        assertEquals(ReportingPeriod.reportingDefault(d("2026-12-06")), ReportingPeriod.resolve(" ", null, null, d("2026-12-06")));
    }

    @Test
    void codesAreParsedInEitherCase() {
        assertEquals(ReportingPeriod.federalFiscalYear(2026), ReportingPeriod.parse("FFY2026"));
        assertEquals(ReportingPeriod.federalFiscalYear(2026), ReportingPeriod.parse(" ffy2026 "));
        assertEquals(ReportingPeriod.calendarYear(2025), ReportingPeriod.parse("cy2025"));
    }

    @Test
    void anUnknownShapeIsRefusedNamingThePeriod() {
        for (String bad : new String[] {"FY2026", "FFY26", "2026", "CY 2025", "FFY2026-01", "Q1-2026", "", "FFY0999", "CY9999"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportingPeriod.parse(bad), bad);
            assertEquals("period", e.field(), bad);
        }
        assertEquals("period", assertThrows(InvalidInputException.class, () -> ReportingPeriod.parse(null)).field());
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.resolve("FFY2026", d("2025-10-01"), null, d("2026-12-06")));
        assertEquals("period", both.field());
    }

    @Test
    void freeWindowsAreNamedForWhatTheyAre() {
        ReportingPeriod ending = ReportingPeriod.of(d("2025-07-01"), d("2026-06-30"));
        assertEquals(ReportingPeriod.Kind.TWELVE_MONTHS_ENDING, ending.kind());
        assertNull(ending.code());
        assertFalse(ending.kind().isFixed());
        assertEquals("12 months ending 2026-06-30 (2025-07-01 to 2026-06-30)", ending.label());
        ReportingPeriod leap = ReportingPeriod.twelveMonthsEnding(d("2024-02-29"));
        assertEquals(new Period(d("2023-03-01"), d("2024-02-29")), leap.period());
        assertEquals(leap, ReportingPeriod.of(d("2023-03-01"), d("2024-02-29")));

        ReportingPeriod custom = ReportingPeriod.of(d("2026-01-01"), d("2026-03-31"));
        assertEquals(ReportingPeriod.Kind.CUSTOM, custom.kind());
        assertEquals("Custom window 2026-01-01 to 2026-03-31", custom.label());

        assertEquals(ReportingPeriod.federalFiscalYear(2026), ReportingPeriod.of(d("2025-10-01"), d("2026-09-30")),
                "dates that are exactly a federal fiscal year are that year");
        assertEquals(ReportingPeriod.calendarYear(2025), ReportingPeriod.of(d("2025-01-01"), d("2025-12-31")));
    }

    @Test
    void datesAloneKeepTheirOldMeaning() {
        LocalDate today = d("2026-12-06");
        assertEquals(ReportingPeriod.twelveMonthsEnding(d("2026-06-30")), ReportingPeriod.resolve(null, null, d("2026-06-30"), today),
                "only the end: the 12 months ending then");
        assertEquals(new Period(d("2026-01-01"), today), ReportingPeriod.resolve(null, d("2026-01-01"), null, today).period(),
                "only the start: to today");
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.resolve(null, d("2026-05-01"), d("2026-04-30"), today));
        assertEquals("to", backwards.field());
    }
}
