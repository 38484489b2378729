package org.providernetwork.service.notification;

import java.time.Instant;

/** A delivery that was given up (or is being retried), as the state's staff see it. */
public record FailedDelivery(String id, String eventType, String eventLabel, String recordLabel, String channel,
                            long organisationId, String organisationName, String recipient, String status, int attempts,
                            String lastError, Instant createdAt, Instant nextAttemptAt) {
}
