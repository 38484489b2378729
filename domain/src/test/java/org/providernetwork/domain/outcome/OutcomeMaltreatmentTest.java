package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.audit.Concerning.Subject;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeMaltreatmentTest {

    @Test
    void aReportMadeOnAReferralIsInCareAndConcernsTheChildAndTheReferral() {
        OutcomeMaltreatment report = OutcomeMaltreatment.inCare(7, "portal:ann:2015-01-01:28049", LocalDate.of(2026, 5, 1),
                false, 3L);
        assertTrue(report.isInCare());
        assertFalse(report.isSubstantiated());
        assertEquals(List.of(Subject.child("portal:ann:2015-01-01:28049"), Subject.referral(3)), report.auditSubjects());
    }
}
