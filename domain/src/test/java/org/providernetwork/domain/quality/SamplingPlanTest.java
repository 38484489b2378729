package org.providernetwork.domain.quality;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplingPlanTest {

    /** 60 FOSTER/ROUTINE, 30 IN-HOME/URGENT, 10 ASMT/EMERGENCY. */
    private static List<SamplingPlan.Case> population() {
        List<SamplingPlan.Case> cases = new ArrayList<>();
        long id = 1000;
        for (int i = 0; i < 60; i++) {
            cases.add(new SamplingPlan.Case(id++, "FOSTER", "ROUTINE"));
        }
        for (int i = 0; i < 30; i++) {
            cases.add(new SamplingPlan.Case(id++, "IN-HOME", "URGENT"));
        }
        for (int i = 0; i < 10; i++) {
            cases.add(new SamplingPlan.Case(id++, "ASMT", "EMERGENCY"));
        }
        return cases;
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverTheOrderOfThePopulation() {
        List<SamplingPlan.Case> shuffled = new ArrayList<>(population());
        Collections.shuffle(shuffled, new Random(7));
        List<SamplingPlan.Case> first = new SamplingPlan(20, 42).draw(population());
        List<SamplingPlan.Case> second = new SamplingPlan(20, 42).draw(shuffled);
        assertEquals(first, second);
        assertEquals(20, first.size());
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        assertNotEquals(new SamplingPlan(20, 42).draw(population()), new SamplingPlan(20, 43).draw(population()));
    }

    @Test
    void everyStratumGivesItsProportionalShare() {
        List<SamplingPlan.Case> sample = new SamplingPlan(20, 99).draw(population());
        Map<SamplingPlan.Stratum, Long> perStratum = sample.stream()
                .collect(Collectors.groupingBy(SamplingPlan.Case::stratum, Collectors.counting()));
        assertEquals(12, perStratum.get(new SamplingPlan.Stratum("FOSTER", "ROUTINE")));
        assertEquals(6, perStratum.get(new SamplingPlan.Stratum("IN-HOME", "URGENT")));
        assertEquals(2, perStratum.get(new SamplingPlan.Stratum("ASMT", "EMERGENCY")));
        assertEquals(20, sample.stream().map(SamplingPlan.Case::referralId).distinct().count(), "no case twice");
    }

    @Test
    void remaindersGoToTheLargestFractionsAndNeverBeyondAStratum() {
        Map<SamplingPlan.Stratum, Integer> allocation = SamplingPlan.allocate(Map.of(
                new SamplingPlan.Stratum("A", "ROUTINE"), 5,
                new SamplingPlan.Stratum("B", "ROUTINE"), 3,
                new SamplingPlan.Stratum("C", "URGENT"), 1), 4);
        assertEquals(4, allocation.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(2, allocation.get(new SamplingPlan.Stratum("A", "ROUTINE")));
        // exact shares 2.22, 1.33, 0.44: the remainders .44 (C) and .33 (B) ... C gets the fourth case
        assertEquals(1, allocation.get(new SamplingPlan.Stratum("B", "ROUTINE")));
        assertEquals(1, allocation.get(new SamplingPlan.Stratum("C", "URGENT")));
    }

    @Test
    void aSmallPopulationIsTakenWhole() {
        List<SamplingPlan.Case> few = population().subList(0, 5);
        assertEquals(5, new SamplingPlan(20, 1).draw(few).size());
        assertTrue(new SamplingPlan(3, 1).draw(List.of()).isEmpty());
    }

    @Test
    void theSizeIsBounded() {
        assertThrows(InvalidInputException.class, () -> new SamplingPlan(0, 1));
        assertThrows(InvalidInputException.class, () -> new SamplingPlan(501, 1));
    }
}
