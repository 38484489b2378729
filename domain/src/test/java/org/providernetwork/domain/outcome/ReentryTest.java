package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.providernetwork.domain.outcome.Cohort.P1;
import static org.providernetwork.domain.outcome.Cohort.P2;
import static org.providernetwork.domain.outcome.DischargeReason.ADOPTION;
import static org.providernetwork.domain.outcome.DischargeReason.GUARDIANSHIP;
import static org.providernetwork.domain.outcome.DischargeReason.LIVING_WITH_RELATIVE;
import static org.providernetwork.domain.outcome.DischargeReason.REUNIFICATION;
import static org.providernetwork.domain.outcome.Setting.FOSTER_HOME;
import static org.providernetwork.domain.outcome.Setting.TRIAL_HOME_VISIT;

/** Re-entry to foster care within 12 months. Entry cohort: calendar 2022. */
class ReentryTest {

    /**
     * <pre>
     * A 01-10 .. 03-01 reunified, re-entered 2023-03-01 (365 days later)   den, num
     * B 01-10 .. 03-01 reunified, re-entered 2023-03-02 (366 days later)   den only
     * C 02-01 .. 05-01 adopted                                             excluded (adoption)
     * D 02-01 .. 2023-02-02 reunified: 366 days in care                    excluded (exit not within 12 months)
     * E 02-01 .. 02-08 (7 days, skipped); 03-01 .. 06-01 guardianship     den only
     * F 04-01 .. 06-01 to a relative, re-entered 06-05                     den, num
     * G born 2004-08-01: 03-01 .. 08-15 reunified at 18                    excluded (exit at 18)
     * H 05-01, still open                                                 excluded (no exit)
     * I 01-15, trial home visit 03-01, reunified 06-01, re-entered 09-01   den, num
     * </pre>
     * Denominator A B E F I = 5; numerator A F I = 3: 60%.
     */
    static Cohort cohort() {
        return new Cohort()
                .child("A").episode("A", "2022-01-10", "2022-03-01", REUNIFICATION)
                .placement("A", "2022-01-10", null, FOSTER_HOME, P1, "28001")
                .episode("A", "2023-03-01", null, null)
                .child("B").episode("B", "2022-01-10", "2022-03-01", REUNIFICATION)
                .placement("B", "2022-01-10", null, FOSTER_HOME, P2, "28001")
                .episode("B", "2023-03-02", null, null)
                .child("C").episode("C", "2022-02-01", "2022-05-01", ADOPTION)
                .child("D").episode("D", "2022-02-01", "2023-02-02", REUNIFICATION)
                .child("E").episode("E", "2022-02-01", "2022-02-08", LIVING_WITH_RELATIVE)
                .episode("E", "2022-03-01", "2022-06-01", GUARDIANSHIP)
                .placement("E", "2022-03-01", null, FOSTER_HOME, P2, "28001")
                .child("F").episode("F", "2022-04-01", "2022-06-01", LIVING_WITH_RELATIVE)
                .placement("F", "2022-04-01", null, FOSTER_HOME, P1, "28001")
                .episode("F", "2022-06-05", null, null)
                .child("G", "2004-08-01", "28001").episode("G", "2022-03-01", "2022-08-15", REUNIFICATION)
                .child("H").episode("H", "2022-05-01", null, null)
                .child("I").episode("I", "2022-01-15", "2022-06-01", REUNIFICATION)
                .placement("I", "2022-01-15", "2022-03-01", FOSTER_HOME, P1, "28001")
                .placement("I", "2022-03-01", null, TRIAL_HOME_VISIT, null, "28001")
                .episode("I", "2022-09-01", null, null);
    }

    @Test
    void reentryWithinTwelveMonthsOfExit() {
        IndicatorResult result = cohort().compute("reentry-12m");
        assertEquals(List.of("A", "B", "E", "F", "I"), result.denominatorChildren());
        assertEquals(List.of("A", "F", "I"), result.numeratorChildren());
        assertEquals(60.0, result.value(), 1e-9);
        assertEquals(false, result.higherIsBetter());
    }

    /**
     * Re-entries that do not count: a stay under 8 days, and a re-entry on or after the 18th birthday.
     * <pre>
     * J 02-01 .. 05-01 reunified; re-entered 07-01 .. 07-05 (4 days)                     den only
     * K 02-01 .. 05-01 reunified; 07-01 .. 07-05 (4 days); re-entered 09-01, open         den, num
     * L born 2004-10-01: 02-01 .. 06-01 reunified; re-entered 11-01, aged 18              den only
     * M 02-01 .. 05-01 reunified; re-entered 07-01 .. 07-09 (exactly 8 days)              den, num
     * </pre>
     * Denominator J K L M = 4; numerator K M = 2: 50%.
     */
    @Test
    void shortStaysAndAdultsAreNoReentries() {
        IndicatorResult result = new Cohort()
                .child("J").episode("J", "2022-02-01", "2022-05-01", REUNIFICATION)
                .episode("J", "2022-07-01", "2022-07-05", REUNIFICATION)
                .child("K").episode("K", "2022-02-01", "2022-05-01", REUNIFICATION)
                .episode("K", "2022-07-01", "2022-07-05", REUNIFICATION)
                .episode("K", "2022-09-01", null, null)
                .child("L", "2004-10-01", "28001").episode("L", "2022-02-01", "2022-06-01", REUNIFICATION)
                .episode("L", "2022-11-01", null, null)
                .child("M").episode("M", "2022-02-01", "2022-05-01", REUNIFICATION)
                .episode("M", "2022-07-01", "2022-07-09", REUNIFICATION)
                .compute("reentry-12m");
        assertEquals(List.of("J", "K", "L", "M"), result.denominatorChildren());
        assertEquals(List.of("K", "M"), result.numeratorChildren());
        assertEquals(50.0, result.value(), 1e-9);
    }

    /** Provider 1 (longest placement of the first episode): A F I, all re-entered. Provider 2: B E, none. */
    @Test
    void reentryByProvider() {
        assertEquals(List.of("A", "F", "I"), cohort().compute("reentry-12m", Cut.provider(P1)).numeratorChildren());
        assertEquals(100.0, cohort().compute("reentry-12m", Cut.provider(P1)).value(), 1e-9);
        IndicatorResult two = cohort().compute("reentry-12m", Cut.provider(P2));
        assertEquals(List.of("B", "E"), two.denominatorChildren());
        assertEquals(0.0, two.value(), 1e-9);
    }
}
