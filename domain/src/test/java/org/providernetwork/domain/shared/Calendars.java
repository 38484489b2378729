package org.providernetwork.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The moments at which the suite runs every test that depends on "today", so that a date bomb (a fixed
 * year the calendar will reach, a period that breaks on 29 February or at the turn of a year, a day taken
 * in the wrong zone) fails in CI years before the calendar gets there. Each is a clock in the state's zone;
 * the real clock is among them, so today is always tried too.
 * <p>
 * Use as {@code @ParameterizedTest @MethodSource("org.providernetwork.domain.shared.Calendars#clocks")}
 * (or on a {@code @ParameterizedClass}), taking a {@link Clock}.
 */
public final class Calendars {

    /**
     * Leap days, the last evening of a year in the state while it is already the next year in UTC, the
     * spring and autumn clock changes, and days in the next decades.
     */
    public static final List<Instant> INSTANTS = List.of(
            Instant.parse("2024-02-29T18:00:00Z"),
            Instant.parse("2027-01-01T04:30:00Z"),  // 31 December 2026, 22:30 in the state
            Instant.parse("2028-02-29T05:59:00Z"),  // 28 February 2028, 23:59 in the state
            Instant.parse("2029-03-11T08:30:00Z"),  // the morning the state's clocks go forward
            Instant.parse("2031-12-31T23:30:00Z"),
            Instant.parse("2034-11-05T06:30:00Z"),  // the night the state's clocks go back
            Instant.parse("2036-02-29T12:00:00Z"),
            Instant.parse("2047-07-01T12:00:00Z"));

    private Calendars() {
    }

    /** A fixed clock in the state's zone at each of {@link #INSTANTS}, then the real clock. */
    public static Stream<Clock> clocks() {
        return clocks(StateCalendar.DEFAULT_ZONE);
    }

    public static Stream<Clock> clocks(ZoneId zone) {
        List<Clock> clocks = new ArrayList<>();
        INSTANTS.forEach(i -> clocks.add(Clock.fixed(i, zone)));
        clocks.add(Clock.system(zone));
        return clocks.stream();
    }
}
