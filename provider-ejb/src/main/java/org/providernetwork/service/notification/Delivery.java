package org.providernetwork.service.notification;

import org.providernetwork.domain.notification.EventType;

import java.time.Instant;

/**
 * One claimed delivery with what is needed to send it: the event, and either the user's address (e-mail)
 * or the webhook's URL and secret. {@code attempts} counts this attempt.
 */
public record Delivery(String id, String eventId, EventType type, String label, String linkPath, String payload,
                       Instant occurredAt, long organisationId, String channel, boolean digest, int attempts,
                       Long userId, String email, String url, String secret) {

    public boolean byEmail() {
        return "EMAIL".equals(channel);
    }
}
