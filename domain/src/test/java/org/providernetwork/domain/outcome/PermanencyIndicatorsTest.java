package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.providernetwork.domain.outcome.Cohort.P1;
import static org.providernetwork.domain.outcome.Cohort.P2;
import static org.providernetwork.domain.outcome.DischargeReason.ADOPTION;
import static org.providernetwork.domain.outcome.DischargeReason.EMANCIPATION;
import static org.providernetwork.domain.outcome.DischargeReason.GUARDIANSHIP;
import static org.providernetwork.domain.outcome.DischargeReason.REUNIFICATION;
import static org.providernetwork.domain.outcome.DischargeReason.TRANSFER;
import static org.providernetwork.domain.outcome.Setting.FOSTER_HOME;
import static org.providernetwork.domain.outcome.Setting.TRIAL_HOME_VISIT;

/** Permanency in 12 months: entries, in care 12-23 months, in care 24+ months. Period: calendar 2022. */
class PermanencyIndicatorsTest {

    /**
     * Entries in 2022 (children born 2010-01-01 unless said otherwise; "days" = discharge - removal):
     * <pre>
     * A 01-10 .. 06-01 reunification                      den, num
     * B 03-01 .. 03-09 reunification: exactly 8 days      den, num (a stay of 8 days is not short)
     * C 03-01 .. 03-08: 7 days                            excluded (stay under 8 days)
     * D born 2004-05-01, entered 05-01 (18th birthday)     excluded (18 at entry)
     * E born 2004-05-02, entered 05-01 (aged 17), exits   den only (guardianship on 06-01, after turning 18)
     * F 02-01, still open at the end of the period        den only
     * G 04-01, trial home visit from 12-01, reunified     den, num: 395 days, but the visit lasted 151 days; the
     *   2023-05-01                                          exit counts on its 30th day, 2022-12-31: 274 days
     * H 04-01, trial home visit from 2023-03-20,          den only: adjusted exit 2023-04-19 is 383 days after
     *   reunified 2023-05-01                                entry
     * I 07-01 .. 2023-07-01 adoption: the anniversary    den, num (365 days: no 29 February between)
     * J 07-01 .. 2023-07-02 adoption: 366 days            den only (a day after the anniversary)
     * K entered 2021-12-31                                not an entry in the period
     * L 08-01 .. 09-01 transfer                           den only (not permanency)
     * M 02-01 .. 02-05 (short, skipped), then             den, num: the first entry that is not short
     *   03-01 .. 04-01 reunification
     * </pre>
     * Denominator A B E F G H I J L M = 10; numerator A B G I M = 5; 50%.
     */
    static Cohort entries() {
        return new Cohort()
                .child("A").episode("A", "2022-01-10", "2022-06-01", REUNIFICATION)
                .placement("A", "2022-01-10", null, FOSTER_HOME, P1, "28001")
                .child("B").episode("B", "2022-03-01", "2022-03-09", REUNIFICATION)
                .placement("B", "2022-03-01", null, FOSTER_HOME, P2, "28001")
                .child("C").episode("C", "2022-03-01", "2022-03-08", REUNIFICATION)
                .placement("C", "2022-03-01", null, FOSTER_HOME, P1, "28001")
                .child("D", "2004-05-01", "28001").episode("D", "2022-05-01", "2022-06-01", REUNIFICATION)
                .child("E", "2004-05-02", "28001").episode("E", "2022-05-01", "2022-06-01", GUARDIANSHIP)
                .placement("E", "2022-05-01", null, FOSTER_HOME, P2, "28001")
                .child("F", "2010-01-01", "28005").episode("F", "2022-02-01", null, null)
                .placement("F", "2022-02-01", null, FOSTER_HOME, P2, "28005")
                .child("G").episode("G", "2022-04-01", "2023-05-01", REUNIFICATION)
                .placement("G", "2022-04-01", "2022-12-01", FOSTER_HOME, P1, "28001")
                .placement("G", "2022-12-01", null, TRIAL_HOME_VISIT, null, "28001")
                .child("H").episode("H", "2022-04-01", "2023-05-01", REUNIFICATION)
                .placement("H", "2022-04-01", "2023-03-20", FOSTER_HOME, P1, "28001")
                .placement("H", "2023-03-20", null, TRIAL_HOME_VISIT, null, "28001")
                .child("I").episode("I", "2022-07-01", "2023-07-01", ADOPTION)
                .placement("I", "2022-07-01", null, FOSTER_HOME, P1, "28001")
                .child("J").episode("J", "2022-07-01", "2023-07-02", ADOPTION)
                .placement("J", "2022-07-01", null, FOSTER_HOME, P1, "28001")
                .child("K").episode("K", "2021-12-31", "2022-02-01", REUNIFICATION)
                .child("L").episode("L", "2022-08-01", "2022-09-01", TRANSFER)
                .placement("L", "2022-08-01", null, FOSTER_HOME, P2, "28001")
                .child("M").episode("M", "2022-02-01", "2022-02-05", REUNIFICATION)
                .placement("M", "2022-02-01", null, FOSTER_HOME, P2, "28001")
                .episode("M", "2022-03-01", "2022-04-01", REUNIFICATION)
                .placement("M", "2022-03-01", null, FOSTER_HOME, P1, "28001");
    }

    @Test
    void permanencyForEntriesFollowsTheFederalRules() {
        IndicatorResult result = entries().compute("permanency-12m-entries");

        assertEquals(5, result.numerator());
        assertEquals(10, result.denominator());
        assertEquals(50.0, result.value(), 1e-9);
        assertEquals("%", result.unit());
        assertEquals(true, result.higherIsBetter());
        assertEquals(List.of("A", "B", "G", "I", "M"), result.numeratorChildren());
        assertEquals(List.of("A", "B", "E", "F", "G", "H", "I", "J", "L", "M"), result.denominatorChildren());
    }

    /**
     * By provider, each child follows the placement it spent most days in during the 12 months after entry:
     * provider 1 has A G H I J M (G's foster home: 244 days against 122 on the visit); numerator A G I M: 4/6.
     * Provider 2 has B E F L: numerator B: 1/4.
     */
    @Test
    void providerCutFollowsTheLongestPlacementAfterEntry() {
        IndicatorResult one = entries().compute("permanency-12m-entries", Cut.provider(P1));
        assertEquals(List.of("A", "G", "H", "I", "J", "M"), one.denominatorChildren());
        assertEquals(List.of("A", "G", "I", "M"), one.numeratorChildren());
        assertEquals(4 * 100.0 / 6, one.value(), 1e-9);

        IndicatorResult two = entries().compute("permanency-12m-entries", Cut.provider(P2));
        assertEquals(List.of("B", "E", "F", "L"), two.denominatorChildren());
        assertEquals(25.0, two.value(), 1e-9);

        // the contract of provider 2 (102) and the lead of provider 2 give the same children
        assertEquals(two, entries().compute("permanency-12m-entries", Cut.contract(102)));
        assertEquals(two.denominatorChildren(),
                entries().compute("permanency-12m-entries", Cut.lead(Cohort.LEAD)).denominatorChildren());
    }

    /** By region, each child follows the home county: F lives in 28005 (region R2), all others in R1. */
    @Test
    void regionCutFollowsTheHomeCounty() {
        IndicatorResult r1 = entries().compute("permanency-12m-entries", Cut.region("R1"));
        assertEquals(9, r1.denominator());
        assertEquals(5, r1.numerator());
        IndicatorResult r2 = entries().compute("permanency-12m-entries", Cut.region("R2"));
        assertEquals(List.of("F"), r2.denominatorChildren());
        assertEquals(0, r2.numerator());
        assertEquals(r2, entries().compute("permanency-12m-entries", Cut.county("28005")));
    }

    /**
     * Children in care on 2022-01-01, by completed months in care that day (born 2010-01-01 unless said otherwise):
     * <pre>
     * N removed 2021-01-01 (12 months), reunified 2022-06-30       12-23: den, num
     * O removed 2021-01-02 (11 months)                             neither
     * P removed 2020-01-02 (23 months), still open                  12-23: den
     * Q removed 2020-01-01 (24 months), adopted 2022-12-31          24+: den, num (last day of the period)
     * R removed 2019-05-01, adopted 2023-01-01                      24+: den (after the period)
     * S born 2004-01-01: 18 on the first day                        excluded
     * T born 2004-06-01, removed 2020-06-01 (19 months),            12-23: den (reunified after turning 18)
     *   reunified 2022-07-01
     * U removed 2020-03-01, discharged 2022-01-01                   not in care on the first day
     * V removed 2019-02-01, emancipated 2022-03-01                  24+: den (not permanency)
     * </pre>
     * 12-23 months: 1 of 3 (N); 24+ months: 1 of 3 (Q).
     */
    @Test
    void permanencyForChildrenInCareOnTheFirstDay() {
        Cohort cohort = new Cohort()
                .child("N").episode("N", "2021-01-01", "2022-06-30", REUNIFICATION)
                .child("O").episode("O", "2021-01-02", null, null)
                .child("P").episode("P", "2020-01-02", null, null)
                .child("Q").episode("Q", "2020-01-01", "2022-12-31", ADOPTION)
                .child("R").episode("R", "2019-05-01", "2023-01-01", ADOPTION)
                .child("S", "2004-01-01", "28001").episode("S", "2019-05-01", null, null)
                .child("T", "2004-06-01", "28001").episode("T", "2020-06-01", "2022-07-01", REUNIFICATION)
                .child("U").episode("U", "2020-03-01", "2022-01-01", REUNIFICATION)
                .child("V").episode("V", "2019-02-01", "2022-03-01", EMANCIPATION);

        IndicatorResult middle = cohort.compute("permanency-12m-in-care-12-23");
        assertEquals(List.of("N", "P", "T"), middle.denominatorChildren());
        assertEquals(List.of("N"), middle.numeratorChildren());
        assertEquals(100.0 / 3, middle.value(), 1e-9);

        IndicatorResult longest = cohort.compute("permanency-12m-in-care-24plus");
        assertEquals(List.of("Q", "R", "V"), longest.denominatorChildren());
        assertEquals(List.of("Q"), longest.numeratorChildren());
    }

    /** Without placements a child matches no organisational cut, but still counts for the state. */
    @Test
    void childWithoutPlacementsCountsOnlyWithoutAnOrganisationalCut() {
        Cohort cohort = new Cohort().child("N").episode("N", "2021-01-01", "2022-06-30", REUNIFICATION);
        assertEquals(1, cohort.compute("permanency-12m-in-care-12-23").denominator());
        assertEquals(0, cohort.compute("permanency-12m-in-care-12-23", Cut.provider(P1)).denominator());
        assertEquals(false, cohort.compute("permanency-12m-in-care-12-23", Cut.provider(P1)).hasValue());
    }
}
