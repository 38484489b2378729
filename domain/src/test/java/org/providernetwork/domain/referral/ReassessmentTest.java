package org.providernetwork.domain.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reassessments, checked at each of the suite's calendars. */
@ParameterizedClass(name = "at {0}")
@MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
class ReassessmentTest {

    private final LocalDate TODAY;
    /** Referred on the first of the month two months ago (2026-09-01 when today is 2026-11-25). */
    private final LocalDate REFERRED;

    ReassessmentTest(Clock clock) {
        TODAY = LocalDate.now(clock);
        REFERRED = TODAY.minusMonths(2).withDayOfMonth(1);
    }

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
