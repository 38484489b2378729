package org.providernetwork.domain.referral;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.ConflictException;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waiting for a place: who may wait, and the order in which the waiting are offered a freed place. */
class WaitlistTest {

    private static final Instant T0 = Instant.parse("2026-11-02T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final long OFFERING = 40;

    private static Referral referral(String number, Urgency urgency) {
        Intake intake = new Intake(number, "FOSTER", "28071", null,
                List.of(new Intake.Child("C", TODAY.minusYears(6), ChildGender.FEMALE)), Map.of(NeedDomain.TRAUMA, 1),
                Set.of(), RiskLevel.LOW, urgency, false, true, false, "Casey Manager", null, null);
        return Referral.create(intake, "R1", org.providernetwork.domain.reference.LevelOfCare.FOSTER, 1, null, "lead", T0, TODAY);
    }

    private static WaitlistEntry waits(Referral referral, long offeringId, Instant since, long id) {
        referral.waitFor(offeringId, "Offering " + offeringId, "lead", since);
        WaitlistEntry entry = referral.getWaiting().stream().filter(w -> w.getOfferingId() == offeringId).findFirst().orElseThrow();
        try {
            Field field = WaitlistEntry.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entry, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return entry;
    }

    @Test
    void theMostUrgentGoFirstThenTheLongestWaiting() {
        WaitlistEntry routineEarliest = waits(referral("R-1", Urgency.ROUTINE), OFFERING, T0, 1);
        WaitlistEntry urgentLater = waits(referral("R-2", Urgency.URGENT), OFFERING, T0.plus(Duration.ofDays(3)), 2);
        WaitlistEntry urgentEarlier = waits(referral("R-3", Urgency.URGENT), OFFERING, T0.plus(Duration.ofDays(1)), 3);
        WaitlistEntry emergencyLatest = waits(referral("R-4", Urgency.EMERGENCY), OFFERING, T0.plus(Duration.ofDays(5)), 4);
        WaitlistEntry routineLater = waits(referral("R-5", Urgency.ROUTINE), OFFERING, T0.plus(Duration.ofHours(1)), 5);

        List<WaitlistEntry> queue = new ArrayList<>(List.of(routineEarliest, urgentLater, urgentEarlier, emergencyLatest, routineLater));
        queue.sort(WaitlistEntry.ORDER);
        assertEquals(List.of(emergencyLatest, urgentEarlier, urgentLater, routineEarliest, routineLater), queue);
    }

    @Test
    void atTheSameMomentTheFirstToJoinGoesFirst() {
        WaitlistEntry.Place second = new WaitlistEntry.Place(Urgency.URGENT, T0, 8L);
        WaitlistEntry.Place first = new WaitlistEntry.Place(Urgency.URGENT, T0, 7L);
        assertTrue(WaitlistEntry.Place.ORDER.compare(first, second) < 0);
        assertTrue(WaitlistEntry.Place.ORDER.compare(new WaitlistEntry.Place(Urgency.EMERGENCY, T0.plusSeconds(1), 9L), first) < 0,
                "urgency before time");
    }

    @Test
    void theWaitingTimeIsKeptAsTheDatabaseKeepsIt() {
        Referral referral = referral("R-9", Urgency.URGENT);
        referral.waitFor(OFFERING, "Offering", "lead", T0.plusNanos(123_456_789));
        assertEquals(T0.plusNanos(123_456_000), referral.getWaiting().get(0).getWaitingSince(),
                "microseconds: the entry just made stands where the same entry read back stands, not behind itself");
    }

    @Test
    void waitingAgainKeepsThePlaceAndAnOfferEndsTheWait() {
        Referral referral = referral("R-6", Urgency.URGENT);
        assertTrue(referral.waitFor(OFFERING, "Offering", "lead", T0));
        assertFalse(referral.waitFor(OFFERING, "Offering", "lead", T0.plusSeconds(60)), "it waits already");
        assertEquals(T0, referral.getWaiting().get(0).getWaitingSince());
        assertEquals("WAIT", referral.getEvents().get(referral.getEvents().size() - 1).getAction());
        assertTrue(referral.waitFor(OFFERING + 1, "Other", "lead", T0));

        referral.offer(new Offer.Target(OFFERING, 9, "Offering", 1, 1, 5), Duration.ofHours(24), "system", T0.plusSeconds(120));
        assertEquals(Set.of(OFFERING + 1), referral.waitingOfferings(), "an offering tried is not waited on");
        assertThrows(ConflictException.class, () -> referral.waitFor(OFFERING, "Offering", "lead", T0.plusSeconds(180)));

        assertTrue(referral.leaveWaitlist(OFFERING + 1, "taken off", "lead", T0.plusSeconds(200)));
        assertFalse(referral.leaveWaitlist(OFFERING + 1, "taken off", "lead", T0.plusSeconds(200)));
        assertEquals("LEAVE_WAITLIST", referral.getEvents().get(referral.getEvents().size() - 1).getAction());
    }

    @Test
    void aPlacedOrWithdrawnReferralWaitsNowhere() {
        Referral referral = referral("R-7", Urgency.ROUTINE);
        referral.waitFor(OFFERING, "Offering", "lead", T0);
        referral.withdraw("family moved", "lead", T0.plusSeconds(60));
        assertTrue(referral.getWaiting().isEmpty());
        assertFalse(referral.mayWait());
        assertThrows(ConflictException.class, () -> referral.waitFor(OFFERING, "Offering", "lead", T0.plusSeconds(120)));
    }
}
