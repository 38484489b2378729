package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.audit.Concerning.Subject;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomePlacementTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private static OutcomePlacement placement() {
        return OutcomePlacement.begin(7, "portal:ann:2015-01-01:28049", 2, START, Setting.FOSTER_HOME, 11L, "28049", 5L, 3L);
    }

    @Test
    void aPlacementBeginsOpenAndNamesTheChildTheReferralAndTheProviderItConcerns() {
        OutcomePlacement placement = placement();
        assertTrue(placement.isOpen());
        assertEquals(2, placement.getEpisodeNo());
        assertEquals(List.of(Subject.child("portal:ann:2015-01-01:28049"), Subject.referral(3), Subject.organisation(11)),
                placement.auditSubjects());
    }

    @Test
    void itEndsOnTheDayTheChildLeavesOnceAndNeverBeforeItBegan() {
        OutcomePlacement placement = placement();
        assertThrows(InvalidInputException.class, () -> placement.end(START.minusDays(1), "k"));
        assertTrue(placement.isOpen(), "a refused end changes nothing");
        placement.end(START, "k");
        assertFalse(placement.isOpen());
        assertEquals(START, placement.getEndDate(), "two moves on one day: a placement may last no day");
        placement.end(START.plusDays(5), "k");
        assertEquals(START, placement.getEndDate(), "an ended placement stays as it ended");
    }

    @Test
    void theStatesOwnPlacementWithoutAReferralOrProviderConcernsTheChildOnly() {
        OutcomePlacement placement = OutcomePlacement.begin(7, "afcars:1", 1, START, Setting.RUNAWAY, null, null, null, null);
        assertEquals(List.of(Subject.child("afcars:1")), placement.auditSubjects());
    }
}
