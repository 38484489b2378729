package org.providernetwork.domain.matching;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.GeoPoint;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.providernetwork.domain.matching.Fixtures.DESOTO;
import static org.providernetwork.domain.matching.Fixtures.DESOTO_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.HARRISON_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.HINDS;
import static org.providernetwork.domain.matching.Fixtures.HINDS_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.MADISON;
import static org.providernetwork.domain.matching.Fixtures.MADISON_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.RANKIN;
import static org.providernetwork.domain.matching.Fixtures.RANKIN_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.offering;
import static org.providernetwork.domain.matching.Fixtures.request;

class MatcherScoringTest {

    private static final double EPS = 1e-9;
    private final Matcher matcher = new Matcher();
    private final MatchWeights weights = MatchWeights.defaults();

    private Candidate only(MatchRequest request, Fixtures.OfferingBuilder offering) {
        MatchResult result = matcher.match(request, List.of(offering.build()), weights);
        assertEquals(List.of(), result.exclusions(), () -> "excluded: " + result.exclusions());
        return result.candidates().get(0);
    }

    private static void assertContribution(Candidate candidate, Factor factor, double points, String explanation) {
        Contribution contribution = candidate.contribution(factor);
        assertEquals(points, contribution.points(), 1e-9, factor + " points");
        assertEquals(explanation, contribution.explanation());
    }

    @Test
    void everyFactorIsExplainedInFactorOrderAndTheScoreIsTheirSum() {
        Candidate candidate = only(request().build(), offering(1).at(MADISON, MADISON_CENTROID, "R4").track(0.5, 4.0));
        assertEquals(Arrays.asList(Factor.values()), candidate.contributions().stream().map(Contribution::factor).toList());
        double sum = candidate.contributions().stream().mapToDouble(Contribution::points).sum();
        assertEquals(sum, candidate.score(), EPS);
        assertEquals(1, candidate.rank());
    }

    @Test
    void distanceScoresFallLinearlyToZeroAtTheScale() {
        assertContribution(only(request().build(), offering(1)), Factor.DISTANCE, 30, "0 km from home county: +30.0");
        double km = HINDS_CENTROID.distanceKm(MADISON_CENTROID);
        assertEquals(57.46, km, 0.01);
        assertContribution(only(request().build(), offering(2).at(MADISON, MADISON_CENTROID, "R4")),
                Factor.DISTANCE, 30 * (1 - km / 150), "57 km from home county: +18.5");
        assertContribution(only(request().build(), offering(3).at(DESOTO, DESOTO_CENTROID, "R1")),
                Factor.DISTANCE, 0, "293 km from home county: +0.0");
    }

    @Test
    void theMatchersDistanceIsTheGreatCircleDistanceOfGeoPoint() {
        Matcher.Scorer scorer = new Matcher.Scorer(request().build(), weights);
        for (GeoPoint point : List.of(HINDS_CENTROID, MADISON_CENTROID, RANKIN_CENTROID, DESOTO_CENTROID,
                HARRISON_CENTROID, new GeoPoint(-33.9, 151.2), new GeoPoint(89.9, 0))) {
            assertEquals(HINDS_CENTROID.distanceKm(point), scorer.distanceKm(point), 1e-9, point.toString());
        }
    }

    @Test
    void siblingsTogetherIsFullWhenTheWholeGroupFits() {
        assertContribution(only(request().siblings(3).build(), offering(1).free(3)), Factor.SIBLINGS_TOGETHER,
                15, "takes all 3 siblings together: +15.0");
    }

    @Test
    void siblingsTogetherScoresLowerWhenASplitGroupDoesNotFit() {
        MatchRequest split = request().siblings(3).split(true).build();
        assertContribution(only(split, offering(1).free(2)), Factor.SIBLINGS_TOGETHER, 7.5,
                "takes 2 of 3 siblings together: +7.5");
        assertContribution(only(split, offering(2).free(5).maxSiblings(1)), Factor.SIBLINGS_TOGETHER, 0,
                "takes 1 of 3 siblings together: +0.0");
        assertContribution(only(split, offering(3).free(5).maxSiblings(3)), Factor.SIBLINGS_TOGETHER, 15,
                "takes all 3 siblings together: +15.0");
    }

    @Test
    void siblingsTogetherGivesNothingWhenNotAskedOrForASingleChild() {
        assertContribution(only(request().siblings(2).keepTogether(false).build(), offering(1)),
                Factor.SIBLINGS_TOGETHER, 0, "keeping siblings together not asked: +0.0");
        assertContribution(only(request().build(), offering(2)), Factor.SIBLINGS_TOGETHER, 0, "single child: +0.0");
    }

    @Test
    void homeCountyCountsOnlyWhenAsked() {
        MatchRequest stay = request().stayInHomeCounty(true).build();
        assertContribution(only(stay, offering(1)), Factor.HOME_COUNTY, 10, "in home county 28049: +10.0");
        assertContribution(only(stay, offering(2).at(RANKIN, RANKIN_CENTROID, "R4")), Factor.HOME_COUNTY, 0,
                "in county 28121, not home county 28049: +0.0");
        assertContribution(only(request().build(), offering(3)), Factor.HOME_COUNTY, 0,
                "staying in the home county not asked: +0.0");
    }

    @Test
    void schoolCountyCountsWhenGiven() {
        MatchRequest school = request().school(RANKIN).build();
        assertContribution(only(school, offering(1).at(RANKIN, RANKIN_CENTROID, "R4")), Factor.SCHOOL_COUNTY, 10,
                "in school county 28121: +10.0");
        assertContribution(only(school, offering(2)), Factor.SCHOOL_COUNTY, 0,
                "in county 28049, not school county 28121: +0.0");
        assertContribution(only(request().build(), offering(3)), Factor.SCHOOL_COUNTY, 0,
                "no school county given: +0.0");
    }

    @Test
    void specialisationIsTheShareOfActionableNeedsServed() {
        MatchRequest needs = request().actionable("MENTAL-HEALTH", "AGGRESSION").build();
        assertContribution(only(needs, offering(1).populations("MENTAL-HEALTH", "AGGRESSION")), Factor.SPECIALISATION,
                20, "serves 2 of 2 actionable needs: +20.0");
        assertContribution(only(needs, offering(2).populations("MENTAL-HEALTH", "TRAFFICKING")),
                Factor.SPECIALISATION, 10, "serves 1 of 2 actionable needs (not AGGRESSION): +10.0");
        assertContribution(only(needs, offering(3)), Factor.SPECIALISATION, 0,
                "serves 0 of 2 actionable needs (not AGGRESSION, MENTAL-HEALTH): +0.0");
        assertContribution(only(request().build(), offering(4).populations("MENTAL-HEALTH")), Factor.SPECIALISATION,
                0, "no actionable needs: +0.0");
    }

    @Test
    void theLeadsOwnNetworkComesBeforeOtherRegions() {
        assertContribution(only(request().build(), offering(1)), Factor.OWN_NETWORK, 5,
                "in the lead's network (region R4): +5.0");
        // routed by another region's lead
        assertContribution(only(request().lead("R1").build(), offering(2)), Factor.OWN_NETWORK, 0,
                "in region R4, lead's region is R1: +0.0");
        assertContribution(only(request().lead("R1").build(), offering(3).at(DESOTO, DESOTO_CENTROID, "R1")
                .contracted(HINDS)), Factor.OWN_NETWORK, 5, "in the lead's network (region R1): +5.0");
        // statewide preferred providers are the state's, not a lead's
        assertContribution(only(request().service("PRTF").build(), offering(4).statewide("PRTF")), Factor.OWN_NETWORK,
                0, "statewide preferred provider, contracted by the state: +0.0");
    }

    @Test
    void acceptanceCountsOnlyOnceThereIsATrackRecord() {
        assertContribution(only(request().build(), offering(1).track(0.8, null)), Factor.ACCEPTANCE, 4,
                "accepted 80% of referrals: +4.0");
        assertContribution(only(request().build(), offering(2)), Factor.ACCEPTANCE, 0, "no track record yet: +0.0");
    }

    @Test
    void stabilityFavoursFewMovesAndCountsOnlyOnceThereIsATrackRecord() {
        assertContribution(only(request().build(), offering(1).track(null, 2.0)), Factor.STABILITY, 3.75,
                "2.0 placement moves per 1,000 days: +3.8");
        assertContribution(only(request().build(), offering(2).track(null, 0.0)), Factor.STABILITY, 5,
                "0.0 placement moves per 1,000 days: +5.0");
        assertContribution(only(request().build(), offering(3).track(null, 12.5)), Factor.STABILITY, 0,
                "12.5 placement moves per 1,000 days: +0.0");
        assertContribution(only(request().build(), offering(4)), Factor.STABILITY, 0, "no track record yet: +0.0");
    }

    @Test
    void weightsFromConfigurationScaleTheContributions() {
        MatchWeights custom = MatchWeights.fromMap(java.util.Map.of("distance", "10", "distance-scale-km", "100",
                "acceptance", "0"));
        Candidate candidate = matcher.match(request().build(),
                List.of(offering(1).at(RANKIN, RANKIN_CENTROID, "R4").track(0.9, null).build()), custom)
                .candidates().get(0);
        double km = HINDS_CENTROID.distanceKm(RANKIN_CENTROID);
        assertContribution(candidate, Factor.DISTANCE, 10 * (1 - km / 100), "49 km from home county: +5.1");
        assertContribution(candidate, Factor.ACCEPTANCE, 0, "accepted 90% of referrals: +0.0");
    }

    @Test
    void oneDecimalIsLocaleIndependentAndRounds() {
        assertEquals("8.5", Matcher.oneDecimal(8.46));
        assertEquals("0.0", Matcher.oneDecimal(0.04));
        assertEquals("12.0", Matcher.oneDecimal(11.96));
        assertEquals("-1.5", Matcher.oneDecimal(-1.5));
    }
}
