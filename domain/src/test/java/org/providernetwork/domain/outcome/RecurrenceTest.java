package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.providernetwork.domain.outcome.Cohort.P1;
import static org.providernetwork.domain.outcome.Cohort.P2;
import static org.providernetwork.domain.outcome.Setting.FOSTER_HOME;
import static org.providernetwork.domain.outcome.Setting.GROUP_HOME;

/** Recurrence of maltreatment within 12 months. Victims in calendar 2022, followed 12 months from the first report. */
class RecurrenceTest {

    /**
     * Substantiated reports unless said otherwise; the initial report is the child's first in 2022:
     * <pre>
     * A 02-01, 06-01 (in care with P1 on 02-01)                  den, num
     * B 03-01, 03-15 (14 days later: the same incident)           den only
     * C 03-01, 03-16 (15 days later; in care with P2 on 03-01)   den, num
     * D 11-01, 2023-11-01 (the anniversary)                       den, num
     * E 11-01, 2023-11-02 (a day after the anniversary)           den only
     * F 2021-12-01 (before the period), 05-01                     den only (the initial report is 05-01)
     * G 04-01, 08-01 not substantiated                            den only
     * H 04-01 not substantiated                                   excluded (no victimisation)
     * I 07-01 twice, report ids R1 and R2 (same day)              den only (two reports, same incident)
     * J born 2004-09-01: 06-01, 10-01 (after the 18th birthday)   den only
     * K born 2004-03-01: 05-01 (after the 18th birthday)          excluded
     * L home county 28005 (region R2): 01-10, 12-20               den, num
     * </pre>
     * Denominator A B C D E F G I J L = 10; numerator A C D L = 4: 40%.
     */
    static Cohort cohort() {
        return new Cohort()
                .child("A").episode("A", "2022-01-01", null, null)
                .placement("A", "2022-01-01", null, FOSTER_HOME, P1, "28001")
                .report("A", "2022-02-01", true).report("A", "2022-06-01", true)
                .child("B").report("B", "2022-03-01", true).report("B", "2022-03-15", true)
                .child("C").episode("C", "2021-06-01", null, null)
                .placement("C", "2021-06-01", null, GROUP_HOME, P2, "28001")
                .report("C", "2022-03-01", true).report("C", "2022-03-16", true)
                .child("D").report("D", "2022-11-01", true).report("D", "2023-11-01", true)
                .child("E").report("E", "2022-11-01", true).report("E", "2023-11-02", true)
                .child("F").report("F", "2021-12-01", true).report("F", "2022-05-01", true)
                .child("G").report("G", "2022-04-01", true).report("G", "2022-08-01", false)
                .child("H").report("H", "2022-04-01", false)
                .child("I").report("I", "2022-07-01", true, "R1").report("I", "2022-07-01", true, "R2")
                .child("J", "2004-09-01", "28001").report("J", "2022-06-01", true).report("J", "2022-10-01", true)
                .child("K", "2004-03-01", "28001").report("K", "2022-05-01", true)
                .child("L", "2010-01-01", "28005").report("L", "2022-01-10", true).report("L", "2022-12-20", true);
    }

    @Test
    void recurrenceWithinTwelveMonthsOfTheInitialReport() {
        IndicatorResult result = cohort().compute("recurrence-12m");
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "I", "J", "L"), result.denominatorChildren());
        assertEquals(List.of("A", "C", "D", "L"), result.numeratorChildren());
        assertEquals(40.0, result.value(), 1e-9);
        assertEquals("%", result.unit());
        assertFalse(result.higherIsBetter());
    }

    /**
     * Region R2: L alone. Provider 1: A (in its foster home on the initial report date). Provider 2 and lead 10:
     * C. Children not in care on the initial report date match no provider, lead or contract.
     */
    @Test
    void recurrenceByRegionAndByThePlacementOnTheInitialReportDate() {
        IndicatorResult r2 = cohort().compute("recurrence-12m", Cut.region("R2"));
        assertEquals(List.of("L"), r2.denominatorChildren());
        assertEquals(100.0, r2.value(), 1e-9);

        IndicatorResult one = cohort().compute("recurrence-12m", Cut.provider(P1));
        assertEquals(List.of("A"), one.denominatorChildren());
        assertEquals(List.of("A"), one.numeratorChildren());

        IndicatorResult lead = cohort().compute("recurrence-12m", Cut.lead(Cohort.LEAD));
        assertEquals(List.of("C"), lead.denominatorChildren());
        assertEquals(List.of("C"), lead.numeratorChildren());

        IndicatorResult contract = cohort().compute("recurrence-12m", Cut.contract(100 + P2));
        assertEquals(List.of("C"), contract.denominatorChildren());
    }

    /** Every indicator contracts can set a target on is computed, so no target drops out of a scorecard. */
    @Test
    void everyIndicatorIsEvaluated() {
        for (Indicator indicator : Indicator.values()) {
            assertEquals(true, IndicatorDefinition.evaluates(indicator), indicator.name());
        }
    }
}
