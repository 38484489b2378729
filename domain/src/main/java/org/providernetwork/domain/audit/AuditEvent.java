package org.providernetwork.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One record of the audit trail. Read-only to the application: records are inserted by the audit writer
 * in the transaction of the change they describe, and the database refuses to update or delete them.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", insertable = false, updatable = false)
    private String username;

    @Column(name = "organisation_id", insertable = false, updatable = false)
    private Long organisationId;

    @Column(name = "action", insertable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", insertable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", insertable = false, updatable = false)
    private String entityId;

    /** JSON: [{"field": …, "old": …, "new": …}]. */
    @Column(name = "changes", insertable = false, updatable = false)
    private String changes;

    @Column(name = "request_id", insertable = false, updatable = false)
    private String requestId;

    protected AuditEvent() {
        // read by JPA only
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getChanges() {
        return changes;
    }

    public String getRequestId() {
        return requestId;
    }
}
