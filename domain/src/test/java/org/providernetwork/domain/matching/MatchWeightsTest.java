package org.providernetwork.domain.matching;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchWeightsTest {

    @Test
    void defaultsAddUpToOneHundred() {
        MatchWeights d = MatchWeights.defaults();
        double total = 0;
        for (Factor factor : Factor.values()) {
            total += d.weight(factor);
        }
        assertEquals(100, total, 1e-9);
        assertEquals(30, d.weight(Factor.DISTANCE));
        assertEquals(20, d.weight(Factor.SPECIALISATION));
        assertEquals(150, d.distanceScaleKm());
        assertEquals(8, d.stabilityScaleMoves());
    }

    @Test
    void configurationOverridesTheGivenKeysAndKeepsTheOtherDefaults() {
        MatchWeights w = MatchWeights.fromMap(Map.of("distance", "12.5", "siblings", " 40 ", "home-county", "",
                "own-network", "0", "distance-scale-km", "80", "stability-scale", "4.12"));
        assertEquals(12.5, w.distance());
        assertEquals(40, w.siblingsTogether());
        assertEquals(10, w.homeCounty(), "blank keeps the default");
        assertEquals(0, w.ownNetwork());
        assertEquals(20, w.specialisation());
        assertEquals(80, w.distanceScaleKm());
        assertEquals(4.12, w.stabilityScaleMoves());
        assertEquals(MatchWeights.defaults(), MatchWeights.fromMap(Map.of()));
    }

    @Test
    void everyFactorHasAKeyAndTheMapRoundTrips() {
        MatchWeights w = new MatchWeights(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (Factor factor : Factor.values()) {
            if (!factor.scored()) {
                assertEquals(0, w.weight(factor), factor.name() + " orders candidates, it adds no points");
                continue;
            }
            assertTrue(MatchWeights.keys().contains(factor.configKey()), factor.name());
            assertEquals(w.weight(factor), Double.parseDouble(w.toMap().get(factor.configKey())));
        }
        assertEquals(w, MatchWeights.fromMap(w.toMap()));
    }

    @Test
    void propertiesAreReadUnderAPrefix() {
        Properties properties = new Properties();
        properties.setProperty("portal.matching.distance", "50");
        properties.setProperty("portal.matching.school-county", "0");
        properties.setProperty("portal.db.url", "embedded");
        MatchWeights w = MatchWeights.fromProperties(properties, "portal.matching.");
        assertEquals(50, w.distance());
        assertEquals(0, w.schoolCounty());
        assertEquals(15, w.siblingsTogether());
    }

    @Test
    void negativeWeightsAreRejectedNamingTheKey() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MatchWeights.fromMap(Map.of("acceptance", "-1")));
        assertEquals("acceptance", e.field());
        assertTrue(e.getMessage().contains("non-negative"), e.getMessage());
    }

    @Test
    void valuesThatAreNotFiniteNumbersAreRejected() {
        for (String bad : new String[] {"ten", "1,5", "NaN", "Infinity", "-Infinity"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MatchWeights.fromMap(Map.of("stability", bad)), bad);
            assertEquals("stability", e.field());
        }
    }

    @Test
    void scalesMustBePositive() {
        assertEquals("distance-scale-km", assertThrows(InvalidInputException.class,
                () -> MatchWeights.fromMap(Map.of("distance-scale-km", "0"))).field());
        assertEquals("stability-scale", assertThrows(InvalidInputException.class,
                () -> MatchWeights.fromMap(Map.of("stability-scale", "-3"))).field());
    }

    @Test
    void unknownKeysAreRejectedSoThatATypoIsNoticed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MatchWeights.fromMap(Map.of("distnace", "10")));
        assertEquals("distnace", e.field());
    }
}
