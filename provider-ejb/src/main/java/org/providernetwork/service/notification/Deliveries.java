package org.providernetwork.service.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditWriter;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.notification.EventType;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Deliveries as the state's staff oversee them: the ones given up (and those still being retried, with
 * their last error), and a retry action that puts a failed delivery back in the queue under the same id.
 */
@Stateless
@RolesAllowed(Roles.STATE_STAFF)
public class Deliveries {

    private static final Set<String> LISTED = Set.of("FAILED", "PENDING");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Deliveries of the given status ({@code FAILED}: given up; {@code PENDING}: waiting, with an error when a try
     * has failed), newest first, at most {@code size}.
     */
    @SuppressWarnings("unchecked")
    public List<FailedDelivery> list(String status, int size) {
        String wanted = status == null || status.isBlank() ? "FAILED" : status.trim().toUpperCase(Locale.ROOT);
        if (!LISTED.contains(wanted)) {
            throw new InvalidInputException("status", "FAILED or PENDING");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "between 1 and 500");
        }
        String errors = wanted.equals("PENDING") ? " AND d.last_error IS NOT NULL" : "";
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, e.event_type, e.record_label, d.channel, d.organisation_id,"
                        + " o.name, COALESCE(u.email, w.url), d.status, d.attempts, d.last_error, d.created_at, d.next_attempt_at"
                        + " FROM notification_delivery d JOIN notification_event e ON e.id = d.event_id"
                        + " JOIN organisation o ON o.id = d.organisation_id"
                        + " LEFT JOIN user_account u ON u.id = d.user_account_id"
                        + " LEFT JOIN webhook_subscription w ON w.id = d.webhook_id"
                        + " WHERE d.status = ?" + errors + " ORDER BY d.created_at DESC, d.id")
                .setParameter(1, wanted).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new FailedDelivery((String) r[0], (String) r[1],
                EventType.parse((String) r[1]).map(EventType::label).orElse((String) r[1]), (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).intValue(),
                (String) r[9], DeliveryStore.instant(r[10]), DeliveryStore.instant(r[11]))).toList();
    }

    /** Puts a failed delivery back in the queue (same delivery id, attempts counted afresh). */
    public void retry(String id) {
        if (id == null || id.length() > 36) {
            throw new NotFoundException("delivery", id);
        }
        List<?> found = em.createNativeQuery("SELECT status FROM notification_delivery WHERE id = ?").setParameter(1, id)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("delivery", id);
        }
        int changed = em.createNativeQuery("UPDATE notification_delivery SET status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'FAILED'")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, id).executeUpdate();
        if (changed != 1) {
            throw new ConflictException("status", "only a failed delivery can be retried; this one is "
                    + found.get(0).toString().toLowerCase(Locale.ROOT));
        }
        AuditWriter.record(em, AuditRecord.updated("NotificationDelivery", id).change("status", "FAILED", "PENDING"));
    }
}
