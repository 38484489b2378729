package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.providernetwork.domain.outcome.Cohort.P1;
import static org.providernetwork.domain.outcome.Cohort.P2;
import static org.providernetwork.domain.outcome.Cohort.P3;
import static org.providernetwork.domain.outcome.DischargeReason.REUNIFICATION;
import static org.providernetwork.domain.outcome.Setting.FOSTER_HOME;
import static org.providernetwork.domain.outcome.Setting.GROUP_HOME;
import static org.providernetwork.domain.outcome.Setting.RUNAWAY;
import static org.providernetwork.domain.outcome.Setting.SHELTER;
import static org.providernetwork.domain.outcome.Setting.TRIAL_HOME_VISIT;

/** Placement stability (moves per 1,000 days) and maltreatment in care (per 100,000 days). Period: 2022. */
class RateIndicatorsTest {

    /**
     * Entries in 2022; days in care counted in the period and before the 18th birthday:
     * <pre>
     * A 01-01, open: foster (P1) to 03-01; group home (P2) 03-01 .. 03-01;   365 days, 3 moves (two on 03-01)
     *   shelter (P3) 03-01 .. 06-01; foster (P1) from 06-01
     * B 03-01 .. 09-01: foster (P1); runaway 05-01 .. 05-10; back to the     184 days, 0 moves
     *   same foster provider 05-10; trial home visit 07-01; reunified
     * C 06-01 .. 06-09 (exactly 8 days), shelter (P3)                        8 days, 0 moves
     * D 06-01 .. 06-08 (7 days), shelter then foster                         excluded (stay under 8 days)
     * E born 2004-10-01, 04-01, open: foster (P1); group home (P2) 09-01;    183 days (to 09-30), 1 move
     *   foster (P1) 11-01, after the 18th birthday
     * F entered 2021-11-01, moves in 2022                                   not an entry in the period
     * G born 2004-05-01, entered on the 18th birthday                         excluded
     * H 11-01, open: foster (P2); group home (P2) 12-15; foster (P1)         61 days, 1 move (the 2023 one is
     *   2023-02-01                                                             after the period)
     * </pre>
     * 5 moves in 801 days: 5 * 1,000 / 801 = 6.2422 moves per 1,000 days.
     */
    static Cohort stability() {
        return new Cohort()
                .child("A").episode("A", "2022-01-01", null, null)
                .placement("A", "2022-01-01", "2022-03-01", FOSTER_HOME, P1, "28001")
                .placement("A", "2022-03-01", "2022-03-01", GROUP_HOME, P2, "28001")
                .placement("A", "2022-03-01", "2022-06-01", SHELTER, P3, "28001")
                .placement("A", "2022-06-01", null, FOSTER_HOME, P1, "28001")
                .child("B").episode("B", "2022-03-01", "2022-09-01", REUNIFICATION)
                .placement("B", "2022-03-01", "2022-05-01", FOSTER_HOME, P1, "28001")
                .placement("B", "2022-05-01", "2022-05-10", RUNAWAY, null, "28001")
                .placement("B", "2022-05-10", "2022-07-01", FOSTER_HOME, P1, "28001")
                .placement("B", "2022-07-01", null, TRIAL_HOME_VISIT, null, "28001")
                .child("C").episode("C", "2022-06-01", "2022-06-09", REUNIFICATION)
                .placement("C", "2022-06-01", null, SHELTER, P3, "28001")
                .child("D").episode("D", "2022-06-01", "2022-06-08", REUNIFICATION)
                .placement("D", "2022-06-01", "2022-06-03", SHELTER, P3, "28001")
                .placement("D", "2022-06-03", null, FOSTER_HOME, P1, "28001")
                .child("E", "2004-10-01", "28003").episode("E", "2022-04-01", null, null)
                .placement("E", "2022-04-01", "2022-09-01", FOSTER_HOME, P1, "28003")
                .placement("E", "2022-09-01", "2022-11-01", GROUP_HOME, P2, "28003")
                .placement("E", "2022-11-01", null, FOSTER_HOME, P1, "28003")
                .child("F").episode("F", "2021-11-01", null, null)
                .placement("F", "2021-11-01", "2022-02-01", FOSTER_HOME, P1, "28001")
                .placement("F", "2022-02-01", null, GROUP_HOME, P2, "28001")
                .child("G", "2004-05-01", "28001").episode("G", "2022-05-01", null, null)
                .placement("G", "2022-05-01", "2022-06-01", FOSTER_HOME, P1, "28001")
                .placement("G", "2022-06-01", null, GROUP_HOME, P2, "28001")
                .child("H", "2010-01-01", "28005").episode("H", "2022-11-01", null, null)
                .placement("H", "2022-11-01", "2022-12-15", FOSTER_HOME, P2, "28005")
                .placement("H", "2022-12-15", "2023-02-01", GROUP_HOME, P2, "28005")
                .placement("H", "2023-02-01", null, FOSTER_HOME, P1, "28005");
    }

    @Test
    void placementStabilityCountsMovesPerThousandDays() {
        IndicatorResult result = stability().compute("placement-stability");
        assertEquals(5, result.numerator());
        assertEquals(801, result.denominator());
        assertEquals(5 * 1000.0 / 801, result.value(), 1e-9);
        assertEquals("per 1,000 days", result.unit());
        assertEquals(List.of("A", "E", "H"), result.numeratorChildren());
        assertEquals(List.of("A", "B", "C", "E", "H"), result.denominatorChildren());
    }

    /**
     * Provider 1: days in its placements A 59 + 214, B 61 + 52, E 153 = 539; moves out of its placements: A on
     * 03-01 (to the group home), E on 09-01 = 2; 2 * 1,000 / 539. Region R2 (home county 28005): H alone, 1 in 61.
     */
    @Test
    void placementStabilityByProviderAttributesDaysAndTheMoveOutOfAPlacement() {
        IndicatorResult one = stability().compute("placement-stability", Cut.provider(P1));
        assertEquals(2, one.numerator());
        assertEquals(539, one.denominator());
        assertEquals(2 * 1000.0 / 539, one.value(), 1e-9);
        assertEquals(List.of("A", "E"), one.numeratorChildren());
        assertEquals(List.of("A", "B", "E"), one.denominatorChildren());

        IndicatorResult r2 = stability().compute("placement-stability", Cut.region("R2"));
        assertEquals(1, r2.numerator());
        assertEquals(61, r2.denominator());
    }

    /** Two moves on one day count as two moves: A alone has 3 moves in 365 days. */
    @Test
    void twoMovesOnOneDayAreTwoMoves() {
        IndicatorResult result = stability().compute("placement-stability", Cut.county("28001"));
        // 28001: A (365 days, 3 moves), B (184, 0), C (8, 0)
        assertEquals(3, result.numerator());
        assertEquals(365 + 184 + 8, result.denominator());
    }

    /**
     * Temporary absences are not moves:
     * <pre>
     * A 01-01, open: foster (P1) to 03-01; acute hospital (P3) 03-01 .. 03-15;    365 days, 0 moves
     *   back to the same foster provider from 03-15
     * B 02-01, open: foster (P1) to 04-01; respite (P2) 04-01 .. 04-04; group     334 days, 1 move (to the
     *   home (P2) from 04-04                                                       group home, out of P1)
     * </pre>
     * 1 move in 699 days; provider 1: the move and its 365 - 14 + 59 = 410 days.
     */
    @Test
    void hospitalAndRespiteStaysAreNotMoves() {
        Cohort cohort = new Cohort()
                .child("A").episode("A", "2022-01-01", null, null)
                .placement("A", "2022-01-01", "2022-03-01", FOSTER_HOME, P1, "28001")
                .placement("A", "2022-03-01", "2022-03-15", Setting.HOSPITAL, P3, "28001")
                .placement("A", "2022-03-15", null, FOSTER_HOME, P1, "28001")
                .child("B").episode("B", "2022-02-01", null, null)
                .placement("B", "2022-02-01", "2022-04-01", FOSTER_HOME, P1, "28001")
                .placement("B", "2022-04-01", "2022-04-04", Setting.RESPITE, P2, "28001")
                .placement("B", "2022-04-04", null, GROUP_HOME, P2, "28001");
        IndicatorResult result = cohort.compute("placement-stability");
        assertEquals(1, result.numerator());
        assertEquals(365 + 334, result.denominator());
        assertEquals(List.of("B"), result.numeratorChildren());
        IndicatorResult one = cohort.compute("placement-stability", Cut.provider(P1));
        assertEquals(1, one.numerator());
        assertEquals(410, one.denominator());
    }

    /**
     * Days in care without a recorded placement are not days of placement stability:
     * <pre>
     * A 01-01, open: nothing recorded in January; foster (P1) 02-01 .. 06-01;   120 + 184 = 304 days, 1 move
     *   nothing recorded in June; group home (P2) from 07-01
     * B 03-01 .. 09-01 reunified, no placement recorded                          no days: not in the cohort
     * </pre>
     * 1 move in 304 days (counting all days of the episodes would give 365 + 184 = 549).
     */
    @Test
    void daysWithoutARecordedPlacementAreNotCounted() {
        IndicatorResult result = new Cohort()
                .child("A").episode("A", "2022-01-01", null, null)
                .placement("A", "2022-02-01", "2022-06-01", FOSTER_HOME, P1, "28001")
                .placement("A", "2022-07-01", null, GROUP_HOME, P2, "28001")
                .child("B").episode("B", "2022-03-01", "2022-09-01", REUNIFICATION)
                .compute("placement-stability");
        assertEquals(1, result.numerator());
        assertEquals(304, result.denominator());
        assertEquals(List.of("A"), result.denominatorChildren());
    }

    /**
     * Children in care during 2022; a victimisation counts when substantiated, reported in the period on a day in
     * care from the 8th day of the episode on, before the 18th birthday; one per child and report date:
     * <pre>
     * A removed 2021-06-01, open: foster (P1), group home (P2) from    365 days; 03-01 (twice: one), 08-01 = 2;
     *   2022-07-01                                                       09-01 not substantiated; 2021-12-01 before
     * B 05-01 .. 09-01, foster (P1)                                      123 days; 05-07 (6th day after removal) no,
     *                                                                    05-08 yes, 09-01 (discharge day) no = 1
     * C 12-01 .. 12-05 (short stay)                                      excluded
     * D born 2004-07-01, removed 2021-01-01, open, foster (P3)           181 days (to 06-30); 02-01 yes, 08-01 (18) no
     * E 12-20, open, no placement recorded                              no days (in care without a placement)
     * </pre>
     * 4 victimisations in 669 days: 4 * 100,000 / 669 = 597.91 per 100,000 days.
     */
    static Cohort maltreatment() {
        return new Cohort()
                .child("A").episode("A", "2021-06-01", null, null)
                .placement("A", "2021-06-01", "2022-07-01", FOSTER_HOME, P1, "28001")
                .placement("A", "2022-07-01", null, GROUP_HOME, P2, "28001")
                .report("A", "2022-03-01", true).report("A", "2022-03-01", true)
                .report("A", "2022-08-01", true).report("A", "2022-09-01", false).report("A", "2021-12-01", true)
                .child("B").episode("B", "2022-05-01", "2022-09-01", REUNIFICATION)
                .placement("B", "2022-05-01", null, FOSTER_HOME, P1, "28001")
                .report("B", "2022-05-07", true).report("B", "2022-05-08", true)
                .report("B", "2022-09-01", true).report("B", "2022-10-01", true)
                .child("C").episode("C", "2022-12-01", "2022-12-05", REUNIFICATION)
                .report("C", "2022-12-04", true)
                .child("D", "2004-07-01", "28001").episode("D", "2021-01-01", null, null)
                .placement("D", "2021-01-01", null, FOSTER_HOME, P3, "28001")
                .report("D", "2022-02-01", true).report("D", "2022-08-01", true)
                .child("E").episode("E", "2022-12-20", null, null);
    }

    @Test
    void maltreatmentInCareCountsVictimisationsPerHundredThousandDays() {
        IndicatorResult result = maltreatment().compute("maltreatment-in-care");
        assertEquals(4, result.numerator());
        assertEquals(669, result.denominator());
        assertEquals(4 * 100_000.0 / 669, result.value(), 1e-9);
        assertEquals(List.of("A", "B", "D"), result.numeratorChildren());
        assertEquals(List.of("A", "B", "D"), result.denominatorChildren());
    }

    /**
     * A placement completed without a discharge: the child stays in care (the episode is open) with no current
     * placement, and those days are days in care without a placement for every day-based rate.
     * <pre>
     * A removed 2022-01-01, open: foster (P1) to 2022-07-01, then nothing     181 days (January to June)
     *   reports 2022-03-01 (placed) and 2022-08-01 (no placement)            1 victimisation
     * B removed 2022-01-01, open: foster (P1), all year                       365 days, report 2022-08-01
     * </pre>
     * Maltreatment in care: 2 victimisations in 546 days, not 3 in 730; placement stability: 0 moves in 546 days.
     * Permanency and the point-in-time measures still see A in care: it has not left care (no discharge), and on the
     * period's last day it is in no placement setting, so it is in no family-like or near-home denominator.
     */
    @Test
    void daysAfterAPlacementCompletedWithoutADischargeAreNotDaysInCare() {
        Cohort cohort = new Cohort()
                .child("A").episode("A", "2022-01-01", null, null)
                .placement("A", "2022-01-01", "2022-07-01", FOSTER_HOME, P1, "28001")
                .report("A", "2022-03-01", true).report("A", "2022-08-01", true)
                .child("B").episode("B", "2022-01-01", null, null)
                .placement("B", "2022-01-01", null, FOSTER_HOME, P1, "28001")
                .report("B", "2022-08-01", true);
        IndicatorResult maltreatment = cohort.compute("maltreatment-in-care");
        assertEquals(2, maltreatment.numerator());
        assertEquals(181 + 365, maltreatment.denominator());
        assertEquals(List.of("A", "B"), maltreatment.numeratorChildren());
        IndicatorResult byProvider = cohort.compute("maltreatment-in-care", Cut.provider(P1));
        assertEquals(2, byProvider.numerator());
        assertEquals(181 + 365, byProvider.denominator(), "the state and the provider count the same days");
        IndicatorResult stability = cohort.compute("placement-stability");
        assertEquals(0, stability.numerator());
        assertEquals(181 + 365, stability.denominator());
        IndicatorResult familyLike = cohort.compute("family-like-settings");
        assertEquals(List.of("B"), familyLike.denominatorChildren(), "A is in no placement setting on the last day");
        IndicatorResult atHome = cohort.compute("served-at-home");
        assertEquals(0, atHome.numerator(), "A is still in care, not at home");
    }

    /**
     * One victimisation per report, not per date. A in care all of 2022 (365 days):
     * <pre>
     * 03-01 report ids R1 and R2             2 (distinct reports)
     * 05-01 R3 twice (two records, one id)   1
     * 07-01 twice without an id              1
     * </pre>
     * 4 victimisations in 365 days.
     */
    @Test
    void reportsWithDistinctIdsOnOneDateAreSeparateVictimisations() {
        IndicatorResult result = new Cohort()
                .child("A").episode("A", "2021-06-01", null, null)
                .placement("A", "2021-06-01", null, FOSTER_HOME, P1, "28001")
                .report("A", "2022-03-01", true, "R1").report("A", "2022-03-01", true, "R2")
                .report("A", "2022-05-01", true, "R3").report("A", "2022-05-01", true, "R3")
                .report("A", "2022-07-01", true).report("A", "2022-07-01", true)
                .compute("maltreatment-in-care");
        assertEquals(4, result.numerator());
        assertEquals(365, result.denominator());
        assertEquals(List.of("A"), result.numeratorChildren());
    }

    /**
     * Provider 2: A's 184 days in the group home from 2022-07-01 and the victimisation of 08-01 reported there.
     * Lead 10 (providers 2 and 3): adds D's 181 days and its 02-01 victimisation: 2 in 365 days.
     */
    @Test
    void maltreatmentByProviderAndLeadFollowsThePlacementOnTheReportDate() {
        IndicatorResult two = maltreatment().compute("maltreatment-in-care", Cut.provider(P2));
        assertEquals(1, two.numerator());
        assertEquals(184, two.denominator());
        assertEquals(100_000.0 / 184, two.value(), 1e-9);

        IndicatorResult lead = maltreatment().compute("maltreatment-in-care", Cut.lead(Cohort.LEAD));
        assertEquals(2, lead.numerator());
        assertEquals(365, lead.denominator());
        assertEquals(List.of("A", "D"), lead.numeratorChildren());
    }
}
