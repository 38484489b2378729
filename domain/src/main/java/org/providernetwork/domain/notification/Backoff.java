package org.providernetwork.domain.notification;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after {@code first}, doubling with every attempt up to
 * {@code longest}; after {@code maxAttempts} attempts it is given up and shown to the state's staff.
 */
public record Backoff(Duration first, Duration longest, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a backoff needs 0 < first <= longest and at least one attempt");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** Whether a delivery that failed {@code attempts} times is given up. */
    public boolean givesUp(int attempts) {
        return attempts >= maxAttempts;
    }
}
