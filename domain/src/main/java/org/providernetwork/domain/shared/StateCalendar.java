package org.providernetwork.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The state's calendar: the days on which contracts start and end, offers fall due and outcomes are
 * counted are the state's days, in the state's time zone. The application's {@link Clock} carries that
 * zone, so {@code LocalDate.now(clock)} is the state's today wherever it is asked.
 */
public final class StateCalendar {

    /** The zone of the reference state (Mississippi: US Central), unless configured otherwise. */
    public static final String DEFAULT_ZONE_ID = "America/Chicago";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of(DEFAULT_ZONE_ID);

    private StateCalendar() {
    }

    /** The state's today by the clock (whose zone is the state's). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    /** The first instant of a state day: where a period given in days begins. */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after a state day: where a period given in days ends, exclusive. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The state day on which an instant falls. */
    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
