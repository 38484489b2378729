package org.providernetwork.service.notification;

import java.time.Instant;
import java.util.List;

/** A webhook of an organisation; the secret is shown once, when the webhook is created, and null afterwards. */
public record WebhookView(String id, long organisationId, String url, List<String> eventTypes, boolean active,
                          String createdBy, Instant createdAt, String secret) {
}
