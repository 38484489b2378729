package org.providernetwork.domain.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Period;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Units delivered, checked at each of the suite's calendars. The contract's year began on the first of the month
 * four months ago, the service on the first of the month two months ago (2026-07-01 to 2027-06-30 and 2026-09-01
 * when today is 2026-11-25).
 */
@ParameterizedClass(name = "at {0}")
@MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
class UnitsDeliveredTest {

    private static final BigDecimal RATE = new BigDecimal("87.50");

    private final LocalDate TODAY;
    private final Period CONTRACT;
    private final LocalDate STARTED;
    /** The last day of last month: delivered, within the contract and after the start (2026-10-31). */
    private final LocalDate LAST_MONTH_END;
    /** The first of last month: a day on which units may be reported (2026-10-01). */
    private final LocalDate LAST_MONTH_START;

    UnitsDeliveredTest(Clock clock) {
        TODAY = LocalDate.now(clock);
        LocalDate contractStart = TODAY.minusMonths(4).withDayOfMonth(1);
        CONTRACT = new Period(contractStart, contractStart.plusYears(1).minusDays(1));
        STARTED = TODAY.minusMonths(2).withDayOfMonth(1);
        LAST_MONTH_END = TODAY.withDayOfMonth(1).minusDays(1);
        LAST_MONTH_START = TODAY.minusMonths(1).withDayOfMonth(1);
    }

    private UnitsDelivered units(LocalDate day, String units) {
        return UnitsDelivered.of(day, units == null ? null : new BigDecimal(units), CONTRACT, RATE, STARTED, TODAY);
    }

    @Test
    void unitsArePricedAtTheLineRate() {
        UnitsDelivered delivered = units(LAST_MONTH_END, "30");
        assertEquals(new BigDecimal("2625.00"), delivered.amount());
        assertEquals(new BigDecimal("30.00"), delivered.units());
        assertEquals(new BigDecimal("131.25"), units(TODAY, "1.5").amount());
    }

    @Test
    void unitsOutsideTheContractBeforeTheServiceInTheFutureOrOddAreRefused() {
        assertEquals("deliveredOn", assertThrows(InvalidInputException.class, () -> units(STARTED.minusDays(1), "1")).field());
        assertEquals("deliveredOn", assertThrows(InvalidInputException.class, () -> units(TODAY.plusDays(1), "1")).field());
        assertEquals("deliveredOn", assertThrows(InvalidInputException.class,
                () -> UnitsDelivered.of(CONTRACT.start().minusDays(1), BigDecimal.ONE, CONTRACT, RATE, null, TODAY)).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units(LAST_MONTH_START, "0")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units(LAST_MONTH_START, "-2")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units(LAST_MONTH_START, "10000.01")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units(LAST_MONTH_START, "1.234")).field());
        assertEquals("units", assertThrows(InvalidInputException.class, () -> units(LAST_MONTH_START, null)).field());
    }
}
