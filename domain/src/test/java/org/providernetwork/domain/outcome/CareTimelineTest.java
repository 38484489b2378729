package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareTimelineTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Placement placement(int episode, String start, String end) {
        return new Placement("c", episode, d(start), end == null ? null : d(end), Setting.FOSTER_HOME, 7L, "28049", null);
    }

    /** In care since 2026-03-01 (second episode), in a foster home since 2026-06-01 after a shelter stay. */
    private static CareTimeline inCare() {
        return CareTimeline.of(
                List.of(new Episode("c", 1, d("2025-01-10"), d("2025-05-01"), DischargeReason.REUNIFICATION),
                        new Episode("c", 2, d("2026-03-01"), null, null)),
                List.of(placement(1, "2025-01-10", "2025-05-01"), placement(2, "2026-03-01", "2026-06-01"),
                        placement(2, "2026-06-01", null)));
    }

    @Test
    void aMoveWhileInCareBelongsToTheOpenEpisode() {
        assertEquals(2, inCare().checkMove(d("2026-09-15"), Setting.KIN, TODAY));
        assertEquals(2, inCare().checkMove(d("2026-06-01"), Setting.KIN, TODAY),
                "two moves on one day: the placement between lasts no day");
    }

    @Test
    void aMoveIsRefusedBeforeTheCurrentPlacementInsideAnEarlierOneOrInTheFuture() {
        InvalidInputException beforeCurrent = assertThrows(InvalidInputException.class,
                () -> inCare().checkMove(d("2026-05-20"), Setting.KIN, TODAY));
        assertEquals("startDate", beforeCurrent.field());
        assertTrue(beforeCurrent.getMessage().contains("2026-06-01"), beforeCurrent.getMessage());
        assertThrows(InvalidInputException.class, () -> inCare().checkMove(d("2026-11-26"), Setting.KIN, TODAY), "future");
        assertThrows(InvalidInputException.class, () -> inCare().checkMove(null, Setting.KIN, TODAY));
        assertThrows(InvalidInputException.class, () -> inCare().checkMove(d("2026-09-15"), null, TODAY));
        CareTimeline noOpenPlacement = CareTimeline.of(List.of(new Episode("c", 1, d("2026-03-01"), null, null)),
                List.of(placement(1, "2026-03-01", "2026-07-01")));
        InvalidInputException overlap = assertThrows(InvalidInputException.class,
                () -> noOpenPlacement.checkMove(d("2026-06-15"), Setting.GROUP_HOME, TODAY));
        assertTrue(overlap.getMessage().contains("overlaps"), overlap.getMessage());
        assertEquals(1, noOpenPlacement.checkMove(d("2026-07-01"), Setting.GROUP_HOME, TODAY));
        InvalidInputException beforeRemoval = assertThrows(InvalidInputException.class,
                () -> CareTimeline.of(List.of(new Episode("c", 1, d("2026-03-01"), null, null)), List.of())
                        .checkMove(d("2026-02-28"), Setting.KIN, TODAY));
        assertTrue(beforeRemoval.getMessage().contains("entered care on 2026-03-01"), beforeRemoval.getMessage());
    }

    @Test
    void nothingMovesOrLeavesCareOnceTheChildHasLeft() {
        CareTimeline discharged = CareTimeline.of(
                List.of(new Episode("c", 1, d("2025-01-10"), d("2025-05-01"), DischargeReason.REUNIFICATION)),
                List.of(placement(1, "2025-01-10", "2025-05-01")));
        assertThrows(ConflictException.class, () -> discharged.checkMove(d("2026-01-01"), Setting.KIN, TODAY));
        assertThrows(ConflictException.class, () -> discharged.checkDischarge(d("2026-01-01"), DischargeReason.ADOPTION, TODAY));
    }

    @Test
    void aDischargeNeedsAReasonAndADayNotBeforeTheOpenPlacement() {
        assertEquals(2, inCare().checkDischarge(d("2026-11-20"), DischargeReason.GUARDIANSHIP, TODAY));
        assertEquals(2, inCare().checkDischarge(d("2026-06-01"), DischargeReason.GUARDIANSHIP, TODAY),
                "the day the last placement began");
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> inCare().checkDischarge(d("2026-11-20"), null, TODAY)).field());
        assertEquals("dischargeDate", assertThrows(InvalidInputException.class,
                () -> inCare().checkDischarge(d("2026-05-31"), DischargeReason.ADOPTION, TODAY)).field());
        assertEquals("dischargeDate", assertThrows(InvalidInputException.class,
                () -> inCare().checkDischarge(d("2026-12-01"), DischargeReason.ADOPTION, TODAY)).field());
    }

    @Test
    void inCareCountsTheRemovalDayAndNotTheDischargeDay() {
        CareTimeline t = inCare();
        assertTrue(t.inCareOn(d("2025-01-10")));
        assertTrue(t.inCareOn(d("2025-04-30")));
        assertFalse(t.inCareOn(d("2025-05-01")), "the discharge day is a day at home");
        assertFalse(t.inCareOn(d("2026-02-28")));
        assertTrue(t.inCareOn(d("2026-11-25")));
        t.checkInCare("changedOn", d("2026-09-01"), TODAY);
        assertThrows(InvalidInputException.class, () -> t.checkInCare("changedOn", d("2025-12-01"), TODAY));
    }
}
