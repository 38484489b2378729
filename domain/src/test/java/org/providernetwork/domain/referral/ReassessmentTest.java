package org.providernetwork.domain.referral;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReassessmentTest {

    private static final LocalDate REFERRED = LocalDate.parse("2026-09-01");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Test
    void ratingsAreComparedWithTheIntake() {
        Map<NeedDomain, Integer> intake = Map.of(NeedDomain.TRAUMA, 3, NeedDomain.SCHOOL, 2, NeedDomain.MEDICAL, 1);
        Reassessment again = Reassessment.of(TODAY, Map.of(NeedDomain.TRAUMA, 1, NeedDomain.SCHOOL, 2,
                NeedDomain.SUBSTANCE_USE, 2), REFERRED, TODAY);
        List<Reassessment.Change> changes = again.changesSince(intake);
        Reassessment.Change trauma = changes.stream().filter(c -> c.domain() == NeedDomain.TRAUMA).findFirst().orElseThrow();
        assertEquals(-2, trauma.delta());
        Reassessment.Change substance = changes.stream().filter(c -> c.domain() == NeedDomain.SUBSTANCE_USE).findFirst().orElseThrow();
        assertNull(substance.before(), "not rated at intake");
        assertEquals(1, again.needsResolvedSince(intake), "trauma went from 3 to 1; school stays actionable");
    }

    @Test
    void badRatingsAndDaysAreRefusedByField() {
        assertEquals("ratings.TRAUMA", assertThrows(InvalidInputException.class,
                () -> Reassessment.of(TODAY, Map.of(NeedDomain.TRAUMA, 4), REFERRED, TODAY)).field());
        Map<NeedDomain, Integer> nullRating = new HashMap<>();
        nullRating.put(NeedDomain.TRAUMA, null);
        assertThrows(InvalidInputException.class, () -> Reassessment.of(TODAY, nullRating, REFERRED, TODAY));
        assertEquals("ratings", assertThrows(InvalidInputException.class,
                () -> Reassessment.of(TODAY, Map.of(), REFERRED, TODAY)).field());
        assertEquals("assessedOn", assertThrows(InvalidInputException.class,
                () -> Reassessment.of(REFERRED.minusDays(1), Map.of(NeedDomain.TRAUMA, 1), REFERRED, TODAY)).field());
        assertEquals("assessedOn", assertThrows(InvalidInputException.class,
                () -> Reassessment.of(TODAY.plusDays(1), Map.of(NeedDomain.TRAUMA, 1), REFERRED, TODAY)).field());
    }
}
