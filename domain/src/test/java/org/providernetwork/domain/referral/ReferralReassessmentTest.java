package org.providernetwork.domain.referral;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.audit.Concerning.Subject;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReferralReassessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aCheckedReassessmentIsRecordedWithItsRatingsByDomainNameAndConcernsTheReferralAndItsChildren() {
        Reassessment checked = Reassessment.of(TODAY, Map.of(NeedDomain.TRAUMA, 1), TODAY.minusDays(30), TODAY);
        ReferralReassessment recorded = ReferralReassessment.record(9, checked, "provider2.admin",
                Instant.parse("2026-11-25T15:00:00Z"), List.of("portal:a", "portal:b"));
        assertEquals(Map.of("TRAUMA", 1), recorded.getRatings());
        assertEquals(TODAY, recorded.getAssessedOn());
        assertEquals(List.of(Subject.referral(9), Subject.child("portal:a"), Subject.child("portal:b")), recorded.auditSubjects());
    }

    @Test
    void onlyACheckedReassessmentIsRecorded() {
        assertThrows(InvalidInputException.class, () -> Reassessment.of(TODAY.plusDays(1), Map.of(NeedDomain.TRAUMA, 1),
                TODAY.minusDays(30), TODAY));
    }
}
