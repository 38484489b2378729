package org.providernetwork.service.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.notification.Backoff;
import org.providernetwork.domain.notification.EventType;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dispatcher's side of the outbox, each step in a short transaction of its own. A delivery is claimed by
 * a conditional update (it must still be pending and its lease, if any, run out), so two dispatchers, or a
 * dispatcher after a restart, never send it at the same time; the same statement works on MariaDB, MySQL and
 * H2. A claim that is never settled (the server stopped mid-delivery) runs out and is claimed again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryStore {

    private static final int MAX_ERROR = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NotificationSettings settings;

    /** Claims up to {@code limit} due deliveries for {@code owner} and returns them. */
    @SuppressWarnings("unchecked")
    public List<Delivery> claim(String owner, int limit) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Object> due = em.createNativeQuery("SELECT id FROM notification_delivery WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id")
                .setParameter(1, at).setParameter(2, at).setMaxResults(limit).getResultList();
        List<Delivery> claimed = new ArrayList<>();
        Timestamp until = Timestamp.from(now.plus(settings.lease()));
        for (Object id : due) {
            int won = em.createNativeQuery("UPDATE notification_delivery SET lease_owner = ?, lease_until = ?,"
                            + " attempts = attempts + 1 WHERE id = ? AND status = 'PENDING'"
                            + " AND (lease_until IS NULL OR lease_until < ?)")
                    .setParameter(1, owner).setParameter(2, until).setParameter(3, id.toString()).setParameter(4, at)
                    .executeUpdate();
            if (won == 1) {
                claimed.add(load(id.toString()));
            }
        }
        return claimed;
    }

    private Delivery load(String id) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT d.id, e.id, e.event_type, e.record_label, e.link_path,"
                        + " e.payload, e.occurred_at, d.organisation_id, d.channel, d.digest, d.attempts, u.id, u.email,"
                        + " w.url, w.secret FROM notification_delivery d JOIN notification_event e ON e.id = d.event_id"
                        + " LEFT JOIN user_account u ON u.id = d.user_account_id"
                        + " LEFT JOIN webhook_subscription w ON w.id = d.webhook_id WHERE d.id = ?")
                .setParameter(1, id).getSingleResult();
        return new Delivery((String) r[0], (String) r[1], EventType.valueOf((String) r[2]), (String) r[3], (String) r[4],
                (String) r[5], instant(r[6]), ((Number) r[7]).longValue(), (String) r[8], bool(r[9]),
                ((Number) r[10]).intValue(), r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12],
                (String) r[13], (String) r[14]);
    }

    /** Records a delivery as sent, if {@code owner} still holds it. */
    public void sent(String id, String owner) {
        em.createNativeQuery("UPDATE notification_delivery SET status = 'SENT', sent_at = ?, lease_owner = NULL,"
                        + " lease_until = NULL, last_error = NULL WHERE id = ? AND lease_owner = ?")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, id).setParameter(3, owner).executeUpdate();
    }

    /** Records a failed attempt: tried again after the backoff, or given up after the last attempt. */
    public void failed(String id, String owner, int attempts, String error) {
        Backoff backoff = settings.backoff();
        boolean giveUp = backoff.givesUp(attempts);
        Instant next = clock.instant().plus(backoff.after(attempts));
        String text = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        em.createNativeQuery("UPDATE notification_delivery SET status = ?, next_attempt_at = ?, lease_owner = NULL,"
                        + " lease_until = NULL, last_error = ? WHERE id = ? AND lease_owner = ?")
                .setParameter(1, giveUp ? "FAILED" : "PENDING").setParameter(2, Timestamp.from(next))
                .setParameter(3, text).setParameter(4, id).setParameter(5, owner).executeUpdate();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return Timestamp.valueOf(value.toString()).toInstant();
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
