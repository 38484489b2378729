package org.providernetwork.service.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAUsernameAfterFiveFailuresAndLongerAfterEachFurtherOne() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Pat", "10.0.0.1");
            assertTrue(throttle.allows("pat", "10.0.0.2"));
        }
        throttle.failed("pat", "10.0.0.1");
        assertFalse(throttle.allows("PAT", "10.0.0.9"), "locked whatever the address");
        assertTrue(throttle.allows("robin", "10.0.0.9"), "other users are not affected");
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertTrue(throttle.allows("pat", "10.0.0.1"));
        throttle.failed("pat", "10.0.0.1");
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertFalse(throttle.allows("pat", "10.0.0.1"), "the second lock lasts a minute");
        clock.now = clock.now.plus(Duration.ofSeconds(30));
        assertTrue(throttle.allows("pat", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pat", "10.0.0.1");
        }
        throttle.succeeded("pat");
        throttle.failed("pat", "10.0.0.1");
        assertTrue(throttle.allows("pat", "10.0.0.1"));
    }

    @Test
    void anAddressTryingManyUsernamesIsRefused() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "10.6.6.6");
        }
        assertFalse(throttle.allows("someone-else", "10.6.6.6"));
        assertTrue(throttle.allows("someone-else", "10.0.0.1"));
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertTrue(throttle.allows("someone-else", "10.6.6.6"));
    }
}
