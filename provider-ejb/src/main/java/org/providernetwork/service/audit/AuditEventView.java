package org.providernetwork.service.audit;

import java.time.Instant;

/** One audit record as auditors read it; {@code changes} is the JSON list of field changes. */
public record AuditEventView(long id, Instant occurredAt, String username, Long organisationId, String action,
                             String entityType, String entityId, String changes, String requestId) {
}
