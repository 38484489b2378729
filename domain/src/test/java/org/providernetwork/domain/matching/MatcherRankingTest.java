package org.providernetwork.domain.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.providernetwork.domain.matching.Fixtures.DESOTO;
import static org.providernetwork.domain.matching.Fixtures.DESOTO_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.HARRISON;
import static org.providernetwork.domain.matching.Fixtures.HARRISON_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.MADISON;
import static org.providernetwork.domain.matching.Fixtures.MADISON_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.RANKIN;
import static org.providernetwork.domain.matching.Fixtures.RANKIN_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.offering;
import static org.providernetwork.domain.matching.Fixtures.request;

class MatcherRankingTest {

    private final Matcher matcher = new Matcher();

    private static List<Long> ids(MatchResult result) {
        return result.candidates().stream().map(c -> c.offering().offeringId()).toList();
    }

    private static List<Integer> ranks(MatchResult result) {
        return result.candidates().stream().map(Candidate::rank).toList();
    }

    @Test
    void candidatesAreRankedByScoreHighestFirst() {
        List<OfferingFacts> offerings = List.of(
                offering(1).at(MADISON, MADISON_CENTROID, "R4").build(),      // 57 km
                offering(2).build(),                                          // in the home county
                offering(3).at(RANKIN, RANKIN_CENTROID, "R4").build(),        // 49 km
                offering(4).at(DESOTO, DESOTO_CENTROID, "R1").contracted(Fixtures.HINDS).outOfCounty(true).build());
        MatchResult result = matcher.match(request().build(), offerings, MatchWeights.defaults());
        assertEquals(List.of(2L, 3L, 1L, 4L), ids(result));
        assertEquals(List.of(1, 2, 3, 4), ranks(result));
        for (int i = 1; i < result.candidates().size(); i++) {
            assertTrue(result.candidates().get(i - 1).score() > result.candidates().get(i).score());
        }
    }

    @Test
    void weightsDecideBetweenCloseAndSpecialised() {
        MatchRequest request = request().actionable("MENTAL-HEALTH").build();
        List<OfferingFacts> offerings = List.of(
                offering(1).build(),                                                           // near, not specialised
                offering(2).at(RANKIN, RANKIN_CENTROID, "R4").populations("MENTAL-HEALTH").build()); // 49 km, specialised
        assertEquals(List.of(2L, 1L), ids(matcher.match(request, offerings, MatchWeights.defaults())));
        MatchWeights distanceFirst = MatchWeights.fromMap(Map.of("distance", "60", "specialisation", "5"));
        assertEquals(List.of(1L, 2L), ids(matcher.match(request, offerings, distanceFirst)));
    }

    @Test
    void equalScoresAndDistancesAreOrderedByOfferingIdWhateverTheInputOrder() {
        List<OfferingFacts> offerings = new ArrayList<>();
        for (long id : new long[] {42, 7, 19, 3, 88, 11}) {
            offerings.add(offering(id).at(RANKIN, RANKIN_CENTROID, "R4").build());
        }
        Random random = new Random(1);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(offerings, random);
            MatchResult result = matcher.match(request().build(), offerings, MatchWeights.defaults());
            assertEquals(List.of(3L, 7L, 11L, 19L, 42L, 88L), ids(result));
            assertEquals(List.of(1, 2, 3, 4, 5, 6), ranks(result));
            double score = result.candidates().get(0).score();
            assertTrue(result.candidates().stream().allMatch(c -> c.score() == score));
        }
    }

    @Test
    void equalScoresAreOrderedByDistanceBeforeOfferingId() {
        // distance not weighted: Madison (57 km) and Rankin (49 km) score the same, the nearer comes first
        MatchWeights noDistance = MatchWeights.fromMap(Map.of("distance", "0"));
        List<OfferingFacts> offerings = List.of(
                offering(1).at(MADISON, MADISON_CENTROID, "R4").build(),
                offering(2).at(RANKIN, RANKIN_CENTROID, "R4").build());
        MatchResult result = matcher.match(request().build(), offerings, noDistance);
        assertEquals(result.candidates().get(0).score(), result.candidates().get(1).score());
        assertEquals(List.of(2L, 1L), ids(result));
    }

    @Test
    void theSameInputGivesTheSameResult() {
        List<OfferingFacts> offerings = IntStream.range(0, 40)
                .mapToObj(i -> offering(i).free(i % 5).track(i % 3 == 0 ? null : (i % 10) / 10.0, (double) (i % 7))
                        .at(i % 2 == 0 ? RANKIN : MADISON, i % 2 == 0 ? RANKIN_CENTROID : MADISON_CENTROID, "R4")
                        .build())
                .toList();
        MatchRequest request = request().siblings(2).split(true).build();
        assertEquals(matcher.match(request, offerings, MatchWeights.defaults()),
                matcher.match(request, offerings, MatchWeights.defaults()));
    }

    @Test
    void topNKeepsTheBestCandidatesAndCountsTheEligible() {
        List<OfferingFacts> offerings = List.of(
                offering(1).at(MADISON, MADISON_CENTROID, "R4").build(),
                offering(2).build(),
                offering(3).at(RANKIN, RANKIN_CENTROID, "R4").build(),
                offering(4).at(HARRISON, HARRISON_CENTROID, "R7").contracted(Fixtures.HINDS).outOfCounty(true).build(),
                offering(5).inactive().build());
        MatchResult all = matcher.match(request().build(), offerings, MatchWeights.defaults());
        MatchResult top = matcher.topN(request().build(), offerings, MatchWeights.defaults(), 2);
        assertEquals(all.candidates().subList(0, 2), top.candidates());
        assertEquals(4, top.eligibleCount());
        assertEquals(4, all.eligibleCount());
        assertEquals(all.exclusions(), top.exclusions());
        assertEquals(0, matcher.topN(request().build(), offerings, MatchWeights.defaults(), 0).candidates().size());
        assertThrows(IllegalArgumentException.class,
                () -> matcher.topN(request().build(), offerings, MatchWeights.defaults(), -1));
    }

    @Test
    void aSplitGroupPrefersOfferingsThatKeepMoreSiblingsTogether() {
        MatchRequest split = request().siblings(3).split(true).build();
        List<OfferingFacts> offerings = List.of(
                offering(1).free(1).build(),
                offering(2).free(3).build(),
                offering(3).free(2).build());
        MatchResult result = matcher.match(split, offerings, MatchWeights.defaults());
        assertEquals(List.of(2L, 3L, 1L), ids(result));
        // the same group without splitting: only the offering with room for all three
        MatchResult whole = matcher.match(request().siblings(3).build(), offerings, MatchWeights.defaults());
        assertEquals(List.of(2L), ids(whole));
        assertEquals(List.of(Constraint.NO_CAPACITY, Constraint.NO_CAPACITY),
                whole.exclusions().stream().map(Exclusion::constraint).toList());
    }

    @Test
    void statewideProvidersAreRankedAlongsideEachOther() {
        MatchRequest prtf = request().service("PRTF").build();
        List<OfferingFacts> offerings = List.of(
                offering(1).statewide("PRTF").at(DESOTO, DESOTO_CENTROID, "R1").contracted(DESOTO).outOfCounty(true).build(),
                offering(2).statewide("PRTF").at(RANKIN, RANKIN_CENTROID, "R4").contracted(RANKIN).outOfCounty(true).build(),
                offering(3).service("PRTF", true).build()); // a local provider contracted in the capital region
        MatchResult result = matcher.match(prtf, offerings, MatchWeights.defaults());
        // the local provider is in the lead's network and nearest; statewide ones follow by distance
        assertEquals(List.of(3L, 2L, 1L), ids(result));
    }
}
