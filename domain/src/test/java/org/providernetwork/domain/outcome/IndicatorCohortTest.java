package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.providernetwork.domain.shared.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each indicator's cohort period for a report's period, as docs/indicators.md documents it: permanency in 12 months
 * (entries) and recurrence of maltreatment one year back, re-entry two years back, every other indicator the
 * report's period itself.
 */
class IndicatorCohortTest {

    private static final Period FFY2026 = new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30));

    @Test
    void permanencyForEntriesAndRecurrenceFollowTheYearBefore() {
        Period fy2025 = new Period(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30));
        assertEquals(fy2025, IndicatorDefinition.PERMANENCY_12M_ENTRIES.cohortPeriod(FFY2026));
        assertEquals(fy2025, IndicatorDefinition.RECURRENCE_12M.cohortPeriod(FFY2026));
        assertEquals("Children entering care 2024-10-01 to 2025-09-30",
                IndicatorDefinition.PERMANENCY_12M_ENTRIES.describeCohort(FFY2026));
        assertEquals("Victims of maltreatment reported 2024-10-01 to 2025-09-30",
                IndicatorDefinition.RECURRENCE_12M.describeCohort(FFY2026));
    }

    @Test
    void reentryFollowsTheChildrenEnteringTwoYearsBefore() {
        assertEquals(new Period(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 9, 30)),
                IndicatorDefinition.REENTRY_12M.cohortPeriod(FFY2026));
        assertEquals("Children entering care 2023-10-01 to 2024-09-30 and discharged within 12 months",
                IndicatorDefinition.REENTRY_12M.describeCohort(FFY2026));
    }

    @Test
    void everyOtherIndicatorFollowsTheReportsOwnPeriod() {
        Set<IndicatorDefinition> shifted = EnumSet.of(IndicatorDefinition.PERMANENCY_12M_ENTRIES,
                IndicatorDefinition.RECURRENCE_12M, IndicatorDefinition.REENTRY_12M);
        for (IndicatorDefinition definition : IndicatorDefinition.values()) {
            if (!shifted.contains(definition)) {
                assertEquals(FFY2026, definition.cohortPeriod(FFY2026), definition.id());
                assertEquals(0, definition.cohort().yearsBack(), definition.id());
            }
            String words = definition.describeCohort(FFY2026);
            Period cohort = definition.cohortPeriod(FFY2026);
            assertTrue(words.contains(cohort.start().toString()) || words.contains(cohort.end().toString()),
                    definition.id() + " names its cohort's dates: " + words);
        }
        assertEquals("Children in care 12-23 months on 2025-10-01, exits to 2026-09-30",
                IndicatorDefinition.PERMANENCY_12M_IN_CARE_12_23.describeCohort(FFY2026));
        assertEquals("Children in care on 2026-09-30", IndicatorDefinition.FAMILY_LIKE_SETTINGS.describeCohort(FFY2026));
    }

    /** A window ending on 29 February goes back to the 28th: the cohort is still twelve months, both days included. */
    @Test
    void aLeapDayWindowShiftsToTheSameMonthsEarlier() {
        Period ending = Period.twelveMonthsEnding(LocalDate.of(2024, 2, 29));
        assertEquals(new Period(LocalDate.of(2022, 3, 1), LocalDate.of(2023, 2, 28)),
                IndicatorDefinition.PERMANENCY_12M_ENTRIES.cohortPeriod(ending));
        assertEquals(new Period(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 28)),
                IndicatorDefinition.REENTRY_12M.cohortPeriod(ending));
    }
}
