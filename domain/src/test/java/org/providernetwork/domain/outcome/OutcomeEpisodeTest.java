package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.audit.Concerning.Subject;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's records of a child's care, changed by their verbs. */
class OutcomeEpisodeTest {

    private static final LocalDate REMOVED = LocalDate.of(2026, 3, 1);

    @Test
    void anEpisodeOpensOnTheRemovalAndClosesOnceWithADayAndAReason() {
        OutcomeEpisode episode = OutcomeEpisode.open(7, "portal:a", 2, REMOVED, 3L);
        assertTrue(episode.isOpen());
        assertEquals(List.of(Subject.child("portal:a"), Subject.referral(3)), episode.auditSubjects());
        assertThrows(InvalidInputException.class, () -> episode.discharge(REMOVED.minusDays(1), DischargeReason.ADOPTION, "portal:a", 3L));
        assertThrows(InvalidInputException.class, () -> episode.discharge(REMOVED.plusDays(9), null, "portal:a", 3L));
        assertTrue(episode.isOpen(), "a refused discharge changes nothing");
        episode.discharge(REMOVED.plusDays(9), DischargeReason.REUNIFICATION, "portal:a", 4L);
        assertFalse(episode.isOpen());
        assertEquals(DischargeReason.REUNIFICATION, episode.getDischargeReason());
        assertEquals(List.of(Subject.child("portal:a"), Subject.referral(4)), episode.auditSubjects(),
                "the discharge concerns the referral it was reported on");
        assertThrows(ConflictException.class, () -> episode.discharge(REMOVED.plusDays(20), DischargeReason.ADOPTION, "portal:a", 4L));
    }

    @Test
    void aServiceAtHomeBeginsAndEndsOnceAndConcernsTheChildTheReferralAndTheProvider() {
        OutcomeInHome service = OutcomeInHome.begin(7, "portal:a", REMOVED, 11, 3L);
        assertEquals(List.of(Subject.child("portal:a"), Subject.referral(3), Subject.organisation(11)), service.auditSubjects());
        service.end(REMOVED.plusDays(30), "portal:a", 3L);
        service.end(REMOVED.plusDays(40), "portal:a", 3L);
        assertEquals(REMOVED.plusDays(30), service.getEndDate(), "an ended service stays as it ended");
    }

    @Test
    void aSchoolChangeConcernsTheChildAndTheReferral() {
        OutcomeSchoolChange change = OutcomeSchoolChange.reported(7, "portal:a", REMOVED.plusDays(5), "closer school", 3L);
        assertEquals("closer school", change.getNote());
        assertEquals(List.of(Subject.child("portal:a"), Subject.referral(3)), change.auditSubjects());
    }
}
