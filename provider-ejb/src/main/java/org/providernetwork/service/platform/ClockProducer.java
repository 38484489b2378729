package org.providernetwork.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.domain.shared.StateCalendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock of the application, in the state's time zone ({@code portal.zone}, America/Chicago by
 * default), so that {@code LocalDate.now(clock)} is the state's today everywhere.
 * <p>
 * {@code portal.clock.start} (an ISO instant such as {@code 2030-02-28T12:00:00Z}, or a date, meaning its
 * first minute in the state's zone) starts the clock at that moment instead of now; it then runs on as
 * usual. Demonstrations and the suite use it to run the portal on another day than today.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "portal.zone", defaultValue = StateCalendar.DEFAULT_ZONE_ID)
    String zone;

    @Inject
    @ConfigProperty(name = "portal.clock.start")
    Optional<String> start;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock(ZoneId.of(zone), start.orElse(null), Clock.systemUTC().instant());
    }

    /** The state's clock, started at {@code start} when one is given. */
    static Clock clock(ZoneId zone, String start, Instant now) {
        Clock system = Clock.system(zone);
        if (start == null || start.isBlank()) {
            return system;
        }
        Instant at;
        try {
            at = start.contains("T") ? Instant.parse(start.strip()) : LocalDate.parse(start.strip()).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("portal.clock.start must be an ISO instant or date, not '" + start + "'", e);
        }
        return Clock.offset(system, Duration.between(now, at));
    }
}
