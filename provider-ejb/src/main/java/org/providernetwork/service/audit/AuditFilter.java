package org.providernetwork.service.audit;

import java.time.LocalDate;

/**
 * What auditors search the trail by; every part optional. Dates are whole days (UTC), both ends included.
 * {@code organisationId} finds what the organisation's people did and what was done to or shown about the
 * organisation; {@code child} (a child's key, as the drill-downs name it) and {@code referralId} find every change
 * and every view that concerned the child or the referral; {@code requestId} the records of one request.
 */
public record AuditFilter(String username, Long organisationId, String entityType, String entityId, LocalDate from,
                          LocalDate to, String child, Long referralId, String requestId) {

    public AuditFilter(String username, Long organisationId, String entityType, String entityId, LocalDate from,
                       LocalDate to) {
        this(username, organisationId, entityType, entityId, from, to, null, null, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
