package org.providernetwork.domain.quality;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.providernetwork.domain.quality.Rating.NEEDS_WORK;
import static org.providernetwork.domain.quality.Rating.NOT_APPLICABLE;
import static org.providernetwork.domain.quality.Rating.STRENGTH;

class ScoringTest {

    private static final List<String> COMPONENTS = List.of("SAFETY", "ENGAGEMENT", "CONNECTIONS");

    @Test
    void aComponentsShareIsItsStrengthsAmongTheApplicableRatings() {
        List<Scoring.Rated> ratings = List.of(
                new Scoring.Rated("SAFETY", "R1", STRENGTH), new Scoring.Rated("SAFETY", "R2", NEEDS_WORK),
                new Scoring.Rated("SAFETY", "R1", STRENGTH), new Scoring.Rated("SAFETY", "R2", NOT_APPLICABLE),
                new Scoring.Rated("ENGAGEMENT", "E1", NOT_APPLICABLE));
        Map<String, Scoring.Tally> byComponent = Scoring.byComponent(COMPONENTS, ratings);
        assertEquals(List.of("SAFETY", "ENGAGEMENT", "CONNECTIONS"), List.copyOf(byComponent.keySet()));
        assertEquals(new Scoring.Tally(2, 1, 1), byComponent.get("SAFETY"));
        assertEquals(67, byComponent.get("SAFETY").percent());
        assertNull(byComponent.get("ENGAGEMENT").share(), "only not-applicable ratings: no share");
        assertNull(byComponent.get("CONNECTIONS").percent(), "no ratings: no share");
        assertEquals(67, Scoring.overall(ratings).percent());
        Map<String, Scoring.Tally> byItem = Scoring.byItem(List.of("R1", "R2", "E1"), ratings);
        assertEquals(100, byItem.get("R1").percent());
        assertEquals(0, byItem.get("R2").percent());
    }

    @Test
    void tallieAddUpFromCasesToRegionsToTheState() {
        Scoring.Tally a = new Scoring.Tally(3, 1, 0);
        Scoring.Tally b = new Scoring.Tally(1, 3, 2);
        assertEquals(new Scoring.Tally(4, 4, 2), a.plus(b));
        assertEquals(50, a.plus(b).percent());
    }

    @Test
    void baselineAndFollowUpAreComparedComponentByComponent() {
        List<Scoring.Rated> baseline = List.of(new Scoring.Rated("SAFETY", "R1", NEEDS_WORK),
                new Scoring.Rated("SAFETY", "R2", STRENGTH), new Scoring.Rated("ENGAGEMENT", "E1", NEEDS_WORK));
        List<Scoring.Rated> followUp = List.of(new Scoring.Rated("SAFETY", "R1", STRENGTH),
                new Scoring.Rated("SAFETY", "R2", STRENGTH), new Scoring.Rated("ENGAGEMENT", "E1", STRENGTH));
        List<Scoring.Change> changes = Scoring.compare(COMPONENTS, baseline, followUp);
        assertEquals(new Scoring.Change("SAFETY", 50, 100), changes.get(0));
        assertEquals(50, changes.get(0).delta());
        assertEquals(100, changes.get(1).delta());
        assertNull(changes.get(2).delta(), "a component without ratings has no change");
        assertEquals("OVERALL", changes.get(3).componentCode());
        assertEquals(33, changes.get(3).baselinePercent());
        assertEquals(100, changes.get(3).followUpPercent());
    }
}
