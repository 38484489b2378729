package org.providernetwork.domain.contract;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.audit.Concerning.Subject;
import org.providernetwork.domain.shared.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceUnitsTest {

    @Test
    void checkedUnitsAreRecordedWithTheirCostAndConcernTheReferralTheProviderAndTheChildren() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        UnitsDelivered delivered = UnitsDelivered.of(today, new BigDecimal("2"), new Period(today.minusYears(1), today.plusYears(1)),
                new BigDecimal("45.50"), today.minusDays(10), today);
        ServiceUnits units = ServiceUnits.record(delivered, 4, 9, 11, "home visit", "provider2.admin",
                Instant.parse("2026-11-25T15:00:00Z"), List.of("portal:a"));
        assertEquals(0, new BigDecimal("91.00").compareTo(units.getAmount()));
        assertEquals(today, units.getDeliveredOn());
        assertEquals(List.of(Subject.referral(9), Subject.organisation(11), Subject.child("portal:a")), units.auditSubjects());
    }
}
