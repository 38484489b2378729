package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child's time in care, checked at each of the suite's calendars. Every day is counted from today; the dates in
 * the comments are those when today is 2026-11-25.
 */
@ParameterizedClass(name = "at {0}")
@MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
class CareTimelineTest {

    private final LocalDate TODAY;
    /** The first removal (2025-01-10). */
    private final LocalDate FIRST_REMOVED;
    /** The first discharge, home (2025-05-01). */
    private final LocalDate FIRST_DISCHARGED;
    /** The second removal, on the first of the month eight months ago (2026-03-01). */
    private final LocalDate REMOVED;
    /** Into the foster home after a shelter stay, three months after the removal (2026-06-01). */
    private final LocalDate MOVED;

    CareTimelineTest(Clock clock) {
        TODAY = LocalDate.now(clock);
        REMOVED = TODAY.minusMonths(8).withDayOfMonth(1);
        MOVED = REMOVED.plusMonths(3);
        FIRST_DISCHARGED = REMOVED.minusMonths(10);
        FIRST_REMOVED = REMOVED.minusMonths(14).plusDays(9);
    }

    private static Placement placement(int episode, LocalDate start, LocalDate end) {
        return new Placement("c", episode, start, end, Setting.FOSTER_HOME, 7L, "28049", null);
    }

    /** In care since {@link #REMOVED} (second episode), in a foster home since {@link #MOVED} after a shelter stay. */
    private CareTimeline inCare() {
        return CareTimeline.of(
                List.of(new Episode("c", 1, FIRST_REMOVED, FIRST_DISCHARGED, DischargeReason.REUNIFICATION),
                        new Episode("c", 2, REMOVED, null, null)),
                List.of(placement(1, FIRST_REMOVED, FIRST_DISCHARGED), placement(2, REMOVED, MOVED),
                        placement(2, MOVED, null)));
    }

    @Test
    void aMoveWhileInCareBelongsToTheOpenEpisode() {
        assertEquals(2, inCare().checkMove(MOVED.plusMonths(3).plusDays(14), Setting.KIN, TODAY));
        assertEquals(2, inCare().checkMove(MOVED, Setting.KIN, TODAY),
                "two moves on one day: the placement between lasts no day");
    }

    @Test
    void aMoveIsRefusedBeforeTheCurrentPlacementInsideAnEarlierOneOrInTheFuture() {
        InvalidInputException beforeCurrent = assertThrows(InvalidInputException.class,
                () -> inCare().checkMove(MOVED.minusDays(12), Setting.KIN, TODAY));
        assertEquals("startDate", beforeCurrent.field());
        assertTrue(beforeCurrent.getMessage().contains(MOVED.toString()), beforeCurrent.getMessage());
        assertThrows(InvalidInputException.class, () -> inCare().checkMove(TODAY.plusDays(1), Setting.KIN, TODAY), "future");
        assertThrows(InvalidInputException.class, () -> inCare().checkMove(null, Setting.KIN, TODAY));
        assertThrows(InvalidInputException.class, () -> inCare().checkMove(MOVED.plusMonths(3).plusDays(14), null, TODAY));
        LocalDate placementEnd = REMOVED.plusMonths(4);
        CareTimeline noOpenPlacement = CareTimeline.of(List.of(new Episode("c", 1, REMOVED, null, null)),
                List.of(placement(1, REMOVED, placementEnd)));
        InvalidInputException overlap = assertThrows(InvalidInputException.class,
                () -> noOpenPlacement.checkMove(placementEnd.minusDays(16), Setting.GROUP_HOME, TODAY));
        assertTrue(overlap.getMessage().contains("overlaps"), overlap.getMessage());
        assertEquals(1, noOpenPlacement.checkMove(placementEnd, Setting.GROUP_HOME, TODAY));
        InvalidInputException beforeRemoval = assertThrows(InvalidInputException.class,
                () -> CareTimeline.of(List.of(new Episode("c", 1, REMOVED, null, null)), List.of())
                        .checkMove(REMOVED.minusDays(1), Setting.KIN, TODAY));
        assertTrue(beforeRemoval.getMessage().contains("entered care on " + REMOVED), beforeRemoval.getMessage());
    }

    @Test
    void nothingMovesOrLeavesCareOnceTheChildHasLeft() {
        CareTimeline discharged = CareTimeline.of(
                List.of(new Episode("c", 1, FIRST_REMOVED, FIRST_DISCHARGED, DischargeReason.REUNIFICATION)),
                List.of(placement(1, FIRST_REMOVED, FIRST_DISCHARGED)));
        LocalDate afterDischarge = REMOVED.minusMonths(2);
        assertThrows(ConflictException.class, () -> discharged.checkMove(afterDischarge, Setting.KIN, TODAY));
        assertThrows(ConflictException.class, () -> discharged.checkDischarge(afterDischarge, DischargeReason.ADOPTION, TODAY));
    }

    @Test
    void aDischargeNeedsAReasonAndADayNotBeforeTheOpenPlacement() {
        assertEquals(2, inCare().checkDischarge(TODAY.minusDays(5), DischargeReason.GUARDIANSHIP, TODAY));
        assertEquals(2, inCare().checkDischarge(MOVED, DischargeReason.GUARDIANSHIP, TODAY),
                "the day the last placement began");
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> inCare().checkDischarge(TODAY.minusDays(5), null, TODAY)).field());
        assertEquals("dischargeDate", assertThrows(InvalidInputException.class,
                () -> inCare().checkDischarge(MOVED.minusDays(1), DischargeReason.ADOPTION, TODAY)).field());
        assertEquals("dischargeDate", assertThrows(InvalidInputException.class,
                () -> inCare().checkDischarge(TODAY.plusMonths(1).withDayOfMonth(1), DischargeReason.ADOPTION, TODAY)).field());
    }

    @Test
    void inCareCountsTheRemovalDayAndNotTheDischargeDay() {
        CareTimeline t = inCare();
        assertTrue(t.inCareOn(FIRST_REMOVED));
        assertTrue(t.inCareOn(FIRST_DISCHARGED.minusDays(1)));
        assertFalse(t.inCareOn(FIRST_DISCHARGED), "the discharge day is a day at home");
        assertFalse(t.inCareOn(REMOVED.minusDays(1)));
        assertTrue(t.inCareOn(TODAY));
        t.checkInCare("changedOn", MOVED.plusMonths(3), TODAY);
        assertThrows(InvalidInputException.class, () -> t.checkInCare("changedOn", REMOVED.minusMonths(3), TODAY));
    }

    @Test
    void aPlacedChildIsNotWithoutAPlacement() {
        assertTrue(inCare().withoutPlacementSince(TODAY).isEmpty());
    }

    @Test
    void aPlacementCompletedWithoutADischargeLeavesTheChildInCareWithNoPlacementFromItsEnd() {
        LocalDate ended = MOVED.plusMonths(2);
        CareTimeline completed = CareTimeline.of(List.of(new Episode("c", 2, REMOVED, null, null)),
                List.of(placement(2, REMOVED, MOVED), placement(2, MOVED, ended)));
        assertEquals(ended, completed.withoutPlacementSince(TODAY).orElseThrow());
        assertTrue(completed.inCareOn(TODAY), "still in care: only a discharge ends the episode");
        assertTrue(completed.withoutPlacementSince(ended.minusDays(1)).isEmpty(), "placed the day before it ended");
        assertEquals(2, completed.checkMove(TODAY, Setting.KIN, TODAY), "a new placement continues the episode");
    }

    @Test
    void anEpisodeWithNoPlacementIsWithoutOneFromTheRemoval() {
        CareTimeline none = CareTimeline.of(List.of(new Episode("c", 2, REMOVED, null, null)), List.of());
        assertEquals(REMOVED, none.withoutPlacementSince(TODAY).orElseThrow());
    }

    @Test
    void aDischargedChildIsNotInCareWithoutAPlacement() {
        CareTimeline out = CareTimeline.of(List.of(new Episode("c", 1, FIRST_REMOVED, FIRST_DISCHARGED,
                DischargeReason.REUNIFICATION)), List.of(placement(1, FIRST_REMOVED, FIRST_DISCHARGED)));
        assertTrue(out.withoutPlacementSince(TODAY).isEmpty());
    }
}
