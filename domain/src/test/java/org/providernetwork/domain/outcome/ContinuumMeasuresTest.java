package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.providernetwork.domain.outcome.Cohort.P1;
import static org.providernetwork.domain.outcome.Cohort.P2;
import static org.providernetwork.domain.outcome.Cohort.P3;
import static org.providernetwork.domain.outcome.DischargeReason.ADOPTION;
import static org.providernetwork.domain.outcome.DischargeReason.GUARDIANSHIP;
import static org.providernetwork.domain.outcome.DischargeReason.REUNIFICATION;
import static org.providernetwork.domain.outcome.DischargeReason.TRANSFER;
import static org.providernetwork.domain.outcome.Setting.FOSTER_HOME;
import static org.providernetwork.domain.outcome.Setting.GROUP_HOME;
import static org.providernetwork.domain.outcome.Setting.INSTITUTION;
import static org.providernetwork.domain.outcome.Setting.KIN;
import static org.providernetwork.domain.outcome.Setting.THERAPEUTIC_FOSTER_HOME;
import static org.providernetwork.domain.outcome.Setting.TRIAL_HOME_VISIT;

/** The continuum-of-care measures. Period: 2022; point-in-time measures look at 2022-12-31. */
class ContinuumMeasuresTest {

    /**
     * In care on 2022-12-31 (home county; setting, provider, county of the placement that day):
     * <pre>
     * A 28001: foster home, P1, 28001              family-like, in home county
     * B 28001: kin, no provider, 28003 (33 km)     family-like, near home (not in home county)
     * C 28001: group home, P2, 28005 (111 km)      neither
     * D 28003: therapeutic foster home, P1, 28003  family-like, in home county
     * E 28003: trial home visit                    not in a placement setting: excluded
     * F 28005: institution, P3, 28005              in home county
     * G 28001: discharged on 2022-12-31            not in care that day
     * H born 2004-12-31: 18 that day               excluded
     * </pre>
     * Family-like 3/5; near home (50 km) 4/5; in home county 3/5.
     */
    static Cohort pointInTime() {
        return new Cohort()
                .child("A", "2010-01-01", "28001").episode("A", "2022-03-01", null, null)
                .placement("A", "2022-03-01", null, FOSTER_HOME, P1, "28001")
                .child("B", "2010-01-01", "28001").episode("B", "2021-03-01", null, null)
                .placement("B", "2021-03-01", null, KIN, null, "28003")
                .child("C", "2010-01-01", "28001").episode("C", "2022-03-01", null, null)
                .placement("C", "2022-03-01", "2022-06-01", FOSTER_HOME, P1, "28001")
                .placement("C", "2022-06-01", null, GROUP_HOME, P2, "28005")
                .child("D", "2010-01-01", "28003").episode("D", "2022-03-01", null, null)
                .placement("D", "2022-03-01", null, THERAPEUTIC_FOSTER_HOME, P1, "28003")
                .child("E", "2010-01-01", "28003").episode("E", "2022-03-01", null, null)
                .placement("E", "2022-03-01", "2022-11-01", FOSTER_HOME, P1, "28003")
                .placement("E", "2022-11-01", null, TRIAL_HOME_VISIT, null, "28003")
                .child("F", "2010-01-01", "28005").episode("F", "2022-03-01", null, null)
                .placement("F", "2022-03-01", null, INSTITUTION, P3, "28005")
                .child("G", "2010-01-01", "28001").episode("G", "2022-03-01", "2022-12-31", REUNIFICATION)
                .placement("G", "2022-03-01", null, FOSTER_HOME, P1, "28001")
                .child("H", "2004-12-31", "28001").episode("H", "2022-03-01", null, null)
                .placement("H", "2022-03-01", null, FOSTER_HOME, P1, "28001");
    }

    @Test
    void familyLikeSettingsOnTheLastDay() {
        IndicatorResult result = pointInTime().compute("family-like-settings");
        assertEquals(List.of("A", "B", "C", "D", "F"), result.denominatorChildren());
        assertEquals(List.of("A", "B", "D"), result.numeratorChildren());
        assertEquals(60.0, result.value(), 1e-9);

        // region R1 (home counties 28001, 28003): A B C D, family-like A B D
        assertEquals(75.0, pointInTime().compute("family-like-settings", Cut.region("R1")).value(), 1e-9);
        // provider 1: A D, both family-like
        assertEquals(List.of("A", "D"), pointInTime().compute("family-like-settings", Cut.provider(P1))
                .numeratorChildren());
    }

    @Test
    void placedNearHomeByCentroidDistance() {
        IndicatorResult near = pointInTime().compute("placed-near-home");
        assertEquals(List.of("A", "B", "D", "F"), near.numeratorChildren());
        assertEquals(80.0, near.value(), 1e-9);

        IndicatorResult inCounty = pointInTime().compute("placed-in-home-county");
        assertEquals(List.of("A", "D", "F"), inCounty.numeratorChildren());
        assertEquals(60.0, inCounty.value(), 1e-9);

        // a 20 km threshold leaves B (33 km) out
        IndicatorResult strict = new IndicatorEngine(new IndicatorEngine.Settings(20, ZoneId.of("America/Chicago")))
                .compute("placed-near-home", pointInTime().data(), Cohort.YEAR_2022, Cut.STATE, Cohort.GEOGRAPHY);
        assertEquals(List.of("A", "D", "F"), strict.numeratorChildren());

        // without reference data only the same county is near
        IndicatorResult noGeography = new IndicatorEngine()
                .compute("placed-near-home", pointInTime().data(), Cohort.YEAR_2022, Cut.STATE, Geography.NONE);
        assertEquals(List.of("A", "D", "F"), noGeography.numeratorChildren());
    }

    /**
     * Sibling groups on 2022-12-31 (same provider, county and setting stand for the same home):
     * <pre>
     * S1: X1 X2 X3 all foster home P1 28001         together: 3 of 3
     * S2: Y1 foster home P1, Y2 group home P2        apart: 0 of 2
     * S3: Z1 in care, Z2 never removed               one sibling in care: excluded
     * S4: W1 W2 with kin in 28003, W3 on a visit     W1 W2 together (W3 not in a placement setting)
     * </pre>
     * 5 of 7.
     */
    @Test
    void siblingsPlacedTogether() {
        Cohort cohort = new Cohort();
        for (String id : List.of("X1", "X2", "X3")) {
            cohort.child(id, "2012-01-01", "28001", "S1").episode(id, "2022-02-01", null, null)
                    .placement(id, "2022-02-01", null, FOSTER_HOME, P1, "28001");
        }
        cohort.child("Y1", "2012-01-01", "28001", "S2").episode("Y1", "2022-02-01", null, null)
                .placement("Y1", "2022-02-01", null, FOSTER_HOME, P1, "28001")
                .child("Y2", "2012-01-01", "28001", "S2").episode("Y2", "2022-02-01", null, null)
                .placement("Y2", "2022-02-01", null, GROUP_HOME, P2, "28001")
                .child("Z1", "2012-01-01", "28001", "S3").episode("Z1", "2022-02-01", null, null)
                .placement("Z1", "2022-02-01", null, FOSTER_HOME, P1, "28001")
                .child("Z2", "2012-01-01", "28001", "S3");
        for (String id : List.of("W1", "W2")) {
            cohort.child(id, "2012-01-01", "28003", "S4").episode(id, "2022-02-01", null, null)
                    .placement(id, "2022-02-01", null, KIN, null, "28003");
        }
        cohort.child("W3", "2012-01-01", "28003", "S4").episode("W3", "2022-02-01", null, null)
                .placement("W3", "2022-02-01", "2022-12-01", KIN, null, "28003")
                .placement("W3", "2022-12-01", null, TRIAL_HOME_VISIT, null, "28003");

        IndicatorResult result = cohort.compute("siblings-together");
        assertEquals(List.of("W1", "W2", "X1", "X2", "X3", "Y1", "Y2"), result.denominatorChildren());
        assertEquals(List.of("W1", "W2", "X1", "X2", "X3"), result.numeratorChildren());
        assertEquals(500.0 / 7, result.value(), 1e-9);

        IndicatorResult two = cohort.compute("siblings-together", Cut.provider(P2));
        assertEquals(List.of("Y2"), two.denominatorChildren());
        assertEquals(0, two.numerator());
    }

    /**
     * Children under 18 on 2022-01-01, served at home or removed during 2022:
     * <pre>
     * A in-home 02-01 .. 06-01, never removed                  at home
     * B in-home since 2021-01-01, open                          at home
     * C in-home 03-01 .. 05-01, removed 06-01                   removed
     * D removed 2021-01-01, discharged 2022-01-01; in-home      at home (not in care on any day of 2022)
     *   from 2022-01-01
     * E removed 04-01, no in-home services                      removed
     * F in-home 2021 only                                       not served in the period
     * G born 2004-01-01, in-home in 2022                        18 on the first day: excluded
     * </pre>
     * 3 of 5.
     */
    @Test
    void servedAtHome() {
        Cohort cohort = new Cohort()
                .child("A").inHome("A", "2022-02-01", "2022-06-01")
                .child("B").inHome("B", "2021-01-01", null)
                .child("C").inHome("C", "2022-03-01", "2022-05-01").episode("C", "2022-06-01", null, null)
                .child("D").episode("D", "2021-01-01", "2022-01-01", REUNIFICATION).inHome("D", "2022-01-01", null)
                .child("E").episode("E", "2022-04-01", null, null)
                .child("F").inHome("F", "2021-01-01", "2021-12-31")
                .child("G", "2004-01-01", "28001").inHome("G", "2022-02-01", null);

        IndicatorResult result = cohort.compute("served-at-home");
        assertEquals(List.of("A", "B", "C", "D", "E"), result.denominatorChildren());
        assertEquals(List.of("A", "B", "D"), result.numeratorChildren());
        assertEquals(60.0, result.value(), 1e-9);

        // in-home services carry no provider: not applicable to a provider cut
        assertFalse(cohort.compute("served-at-home", Cut.provider(P1)).hasValue());
    }

    /**
     * Exits to permanency in 2022: A 10 days, B 365, D 62, F 1,095 (C: a 4-day stay; E: a transfer).
     * Median (62 + 365) / 2 = 213.5; numerator = total days 1,532; denominator = 4 children.
     */
    @Test
    void medianDaysToPermanency() {
        Cohort cohort = new Cohort()
                .child("A").episode("A", "2022-01-01", "2022-01-11", REUNIFICATION)
                .child("B").episode("B", "2021-06-01", "2022-06-01", ADOPTION)
                .child("C").episode("C", "2022-03-01", "2022-03-05", REUNIFICATION)
                .child("D").episode("D", "2021-12-01", "2022-02-01", GUARDIANSHIP)
                .child("E").episode("E", "2022-02-01", "2022-03-03", TRANSFER)
                .child("F").episode("F", "2020-01-01", "2022-12-31", ADOPTION);

        IndicatorResult result = cohort.compute("median-days-to-permanency");
        assertEquals(213.5, result.value(), 1e-9);
        assertEquals(1532, result.numerator());
        assertEquals(4, result.denominator());
        assertEquals(List.of("A", "B", "D", "F"), result.denominatorChildren());
        assertEquals("days", result.unit());
        assertFalse(result.higherIsBetter());
    }

    /**
     * Offers made in 2022 (US Central days):
     * <pre>
     * o1 P1 answered in 2 h, accepted                         on time
     * o2 P1 answered after the deadline, declined             late, declined
     * o3 P2 never answered, expired                           late
     * o4 P2 still waiting                                     excluded
     * o5 P1 2023-01-01T03:00Z = 2022-12-31 21:00 Central,      on time, declined
     *    declined in time
     * o6 P1 2022-01-01T03:00Z = 2021-12-31 in Central          excluded
     * o7 P2 answered at the deadline exactly, accepted        on time
     * </pre>
     * On time 3/5; declined 2/5. Provider 1: on time 2/3, declined 2/3. Lead 10 (P2, P3): on time 1/2, declined 0/2.
     */
    static Cohort offers() {
        return new Cohort()
                .offer(P1, "2022-03-01T15:00:00Z", "2022-03-02T15:00:00Z", "2022-03-01T17:00:00Z", true, false, false)
                .offer(P1, "2022-03-02T15:00:00Z", "2022-03-03T15:00:00Z", "2022-03-04T15:00:00Z", false, true, false)
                .offer(P2, "2022-04-01T15:00:00Z", "2022-04-02T15:00:00Z", null, false, false, true)
                .offer(P2, "2022-12-31T15:00:00Z", "2023-01-01T15:00:00Z", null, false, false, false)
                .offer(P1, "2023-01-01T03:00:00Z", "2023-01-02T03:00:00Z", "2023-01-01T04:00:00Z", false, true, false)
                .offer(P1, "2022-01-01T03:00:00Z", "2022-01-02T03:00:00Z", "2022-01-01T04:00:00Z", true, false, false)
                .offer(P2, "2022-05-01T15:00:00Z", "2022-05-02T15:00:00Z", "2022-05-02T15:00:00Z", true, false, false);
    }

    @Test
    void offerResponseTimeAndDeclines() {
        IndicatorResult onTime = offers().compute("offer-response-on-time");
        assertEquals(3, onTime.numerator());
        assertEquals(5, onTime.denominator());
        assertEquals(60.0, onTime.value(), 1e-9);
        assertEquals("offer:1:1646146800", onTime.numeratorChildren().get(0)); // 2022-03-01T15:00Z

        IndicatorResult declined = offers().compute("offer-decline-rate");
        assertEquals(40.0, declined.value(), 1e-9);
        assertFalse(declined.higherIsBetter());

        assertEquals(200.0 / 3, offers().compute("offer-response-on-time", Cut.provider(P1)).value(), 1e-9);
        assertEquals(200.0 / 3, offers().compute("offer-decline-rate", Cut.provider(P1)).value(), 1e-9);
        assertEquals(50.0, offers().compute("offer-response-on-time", Cut.lead(Cohort.LEAD)).value(), 1e-9);
        assertEquals(0.0, offers().compute("offer-decline-rate", Cut.lead(Cohort.LEAD)).value(), 1e-9);
        // offers carry no county: not applicable to a geographic cut
        assertFalse(offers().compute("offer-decline-rate", Cut.region("R1")).hasValue());
    }

    @Test
    void offerAcceptanceCountsAcceptedAmongResolvedOffers() {
        IndicatorResult accepted = offers().compute("offer-acceptance");
        assertEquals(2, accepted.numerator(), "o1 and o7");
        assertEquals(5, accepted.denominator(), "the resolved offers of the period");
        assertEquals(40.0, accepted.value(), 1e-9);
        assertEquals(Indicator.REFERRAL_ACCEPTANCE, IndicatorDefinition.of("offer-acceptance").indicator());
        assertEquals(100.0 / 3, offers().compute("offer-acceptance", Cut.provider(P1)).value(), 1e-9);
    }
}
