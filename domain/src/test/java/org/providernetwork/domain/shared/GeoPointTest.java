package org.providernetwork.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GeoPointTest {

    @Test
    void distanceBetweenJacksonAndTupeloIsAboutTwoHundredFortyKilometres() {
        GeoPoint jackson = new GeoPoint(32.2988, -90.1848);
        GeoPoint tupelo = new GeoPoint(34.2576, -88.7034);
        // measured on a map: 255 km as the crow flies
        assertEquals(255, jackson.distanceKm(tupelo), 5);
        assertEquals(jackson.distanceKm(tupelo), tupelo.distanceKm(jackson), 1e-9);
        assertEquals(0, jackson.distanceKm(jackson), 1e-9);
    }

    @Test
    void rejectsCoordinatesOffTheGlobe() {
        assertThrows(InvalidInputException.class, () -> new GeoPoint(91, 0));
        assertThrows(InvalidInputException.class, () -> new GeoPoint(0, -181));
    }
}
