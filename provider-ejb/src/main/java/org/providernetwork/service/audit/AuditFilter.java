package org.providernetwork.service.audit;

import java.time.LocalDate;

/**
 * What auditors search the trail by; every part optional. Dates are whole days (UTC), both ends included.
 */
public record AuditFilter(String username, Long organisationId, String entityType, String entityId, LocalDate from,
                          LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
