package org.providernetwork.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing against local accounts. After {@value #FREE_FAILURES} failed attempts in a
 * row, a username is refused for 30 seconds, doubling with each further failure up to 15 minutes; an
 * address that fails {@value #ADDRESS_FAILURES} times within 10 minutes is refused for 10 minutes. A
 * refused attempt is not even checked, so a locked account reveals nothing about the password.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int ADDRESS_FAILURES = 30;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    private record State(int failures, Instant lockedUntil, Instant windowStart) {
    }

    private final Map<String, State> users = new ConcurrentHashMap<>();
    private final Map<String, State> addresses = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    public LoginThrottle() {
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this username from this address may be checked now. */
    public boolean allows(String username, String address) {
        Instant now = clock.instant();
        return !locked(users.get(key(username)), now) && !locked(addresses.get(address), now);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        users.compute(key(username), (k, s) -> {
            int failures = (s == null ? 0 : s.failures()) + 1;
            Instant until = failures < FREE_FAILURES ? null
                    : now.plus(min(FIRST_LOCK.multipliedBy(1L << Math.min(failures - FREE_FAILURES, 10)), LONGEST_LOCK));
            return new State(failures, until, null);
        });
        if (address != null) {
            addresses.compute(address, (k, s) -> {
                boolean fresh = s == null || s.windowStart() == null || s.windowStart().plus(ADDRESS_WINDOW).isBefore(now);
                int failures = fresh ? 1 : s.failures() + 1;
                Instant until = failures >= ADDRESS_FAILURES ? now.plus(ADDRESS_WINDOW) : null;
                return new State(failures, until, fresh ? now : s.windowStart());
            });
        }
    }

    public void succeeded(String username) {
        users.remove(key(username));
    }

    private static boolean locked(State state, Instant now) {
        return state != null && state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
