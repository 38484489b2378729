package org.providernetwork.domain.contract;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UnitsDeliveredTest {

    private static final Period CONTRACT = new Period(LocalDate.parse("2026-07-01"), LocalDate.parse("2027-06-30"));
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final LocalDate STARTED = LocalDate.parse("2026-09-01");
    private static final BigDecimal RATE = new BigDecimal("87.50");

    private static UnitsDelivered units(String day, String units) {
        return UnitsDelivered.of(LocalDate.parse(day), units == null ? null : new BigDecimal(units), CONTRACT, RATE, STARTED, TODAY);
    }

    @Test
    void unitsArePricedAtTheLineRate() {
        UnitsDelivered delivered = units("2026-10-31", "30");
        assertEquals(new BigDecimal("2625.00"), delivered.amount());
        assertEquals(new BigDecimal("30.00"), delivered.units());
        assertEquals(new BigDecimal("131.25"), units("2026-11-25", "1.5").amount());
    }

    @Test
    void unitsOutsideTheContractBeforeTheServiceInTheFutureOrOddAreRefused() {
        assertEquals("deliveredOn", assertThrows(InvalidInputException.class, () -> units("2026-08-31", "1")).field());
        assertEquals("deliveredOn", assertThrows(InvalidInputException.class, () -> units("2026-11-26", "1")).field());
        assertEquals("deliveredOn", assertThrows(InvalidInputException.class,
                () -> UnitsDelivered.of(LocalDate.parse("2026-06-30"), BigDecimal.ONE, CONTRACT, RATE, null, TODAY)).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units("2026-10-01", "0")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units("2026-10-01", "-2")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units("2026-10-01", "10000.01")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units("2026-10-01", "1.234")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units("2026-10-01", null)).field());
    }
}
