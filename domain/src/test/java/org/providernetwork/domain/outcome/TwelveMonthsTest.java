package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import org.providernetwork.domain.shared.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.providernetwork.domain.outcome.DischargeReason.REUNIFICATION;

/**
 * "Within 12 months" is on or before the calendar anniversary, not at most 365 days: across 29 February the
 * anniversary is 366 days later, and an event on it still counts.
 */
class TwelveMonthsTest {

    static final Period YEAR_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    static final Period YEAR_2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    /**
     * Entries in 2023:
     * <pre>
     * A 2023-03-01 .. 2024-03-01 reunified: 366 days, on the anniversary      den, num
     * B 2023-03-01 .. 2024-03-02 reunified: a day after the anniversary       den only
     * </pre>
     */
    @Test
    void permanencyOnTheAnniversaryAcrossTheLeapDayIsWithinTwelveMonths() {
        IndicatorResult result = new Cohort()
                .child("A").episode("A", "2023-03-01", "2024-03-01", REUNIFICATION)
                .child("B").episode("B", "2023-03-01", "2024-03-02", REUNIFICATION)
                .compute("permanency-12m-entries", YEAR_2023);
        assertEquals(List.of("A", "B"), result.denominatorChildren());
        assertEquals(List.of("A"), result.numeratorChildren());
    }

    /**
     * Entries in 2022, reunified within 12 months; re-entries across 29 February 2024:
     * <pre>
     * A 2022-06-01 .. 2023-03-01, re-entered 2024-03-01 (366 days, the anniversary)   den, num
     * B 2022-06-01 .. 2023-03-01, re-entered 2024-03-02                               den only
     * C 2022-03-01 .. 2023-03-01 (365 days, the anniversary of the entry)              den only
     * </pre>
     */
    @Test
    void reentryOnTheAnniversaryAcrossTheLeapDayIsWithinTwelveMonths() {
        IndicatorResult result = new Cohort()
                .child("A").episode("A", "2022-06-01", "2023-03-01", REUNIFICATION)
                .episode("A", "2024-03-01", null, null)
                .child("B").episode("B", "2022-06-01", "2023-03-01", REUNIFICATION)
                .episode("B", "2024-03-02", null, null)
                .child("C").episode("C", "2022-03-01", "2023-03-01", REUNIFICATION)
                .compute("reentry-12m");
        assertEquals(List.of("A", "B", "C"), result.denominatorChildren());
        assertEquals(List.of("A"), result.numeratorChildren());
    }

    /**
     * Victims in 2024; the anniversary of 29 February 2024 is 28 February 2025 (365 days later):
     * <pre>
     * A 2024-02-29, 2025-02-28   den, num
     * B 2024-02-29, 2025-03-01   den only
     * C 2024-01-15, 2025-01-15 (366 days, the anniversary)   den, num
     * </pre>
     */
    @Test
    void recurrenceOnTheAnniversaryOfALeapDay() {
        IndicatorResult result = new Cohort()
                .child("A").report("A", "2024-02-29", true).report("A", "2025-02-28", true)
                .child("B").report("B", "2024-02-29", true).report("B", "2025-03-01", true)
                .child("C").report("C", "2024-01-15", true).report("C", "2025-01-15", true)
                .compute("recurrence-12m", YEAR_2024);
        assertEquals(List.of("A", "B", "C"), result.denominatorChildren());
        assertEquals(List.of("A", "C"), result.numeratorChildren());
    }
}
