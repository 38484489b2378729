package org.providernetwork.service.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.notification.DeliveryMode;
import org.providernetwork.domain.notification.EventType;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox. A service calls {@link #record} at the point of a state change, inside its own
 * transaction: the event and one delivery row per recipient (each active user of the organisations told, by
 * the user's preference; each active webhook of theirs subscribed to the type) are written with the change,
 * so they commit or roll back together. {@link Dispatcher} delivers them after commit. Written with plain
 * SQL on the same connection, so the outbox is not itself audited as a change of the record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NotificationSettings settings;

    @Inject
    private jakarta.enterprise.event.Event<OfferSignal> offers;

    /** Writes the event and its deliveries; {@code false} when its once-only key was recorded before. */
    public boolean record(Notice notice) {
        if (notice.dedupeKey() != null && ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM notification_event WHERE dedupe_key = ?")
                .setParameter(1, notice.dedupeKey()).getSingleResult()).longValue() > 0) {
            return false;
        }
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("event", notice.type().name())
                .add("eventId", eventId)
                .add("occurredAt", now.toString())
                .add("record", Json.createObjectBuilder().add("kind", notice.recordKind()).add("id", notice.recordId())
                        .add("label", notice.label() == null ? "" : notice.label()));
        notice.facts().forEach((k, v) -> {
            if (v == null) {
                payload.addNull(k);
            } else if (v instanceof Number n) {
                payload.add(k, n.longValue());
            } else if (v instanceof Boolean b) {
                payload.add(k, b);
            } else {
                payload.add(k, v.toString());
            }
        });
        em.createNativeQuery("INSERT INTO notification_event (id, event_type, record_kind, record_id, record_label,"
                        + " link_path, payload, dedupe_key, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, eventId).setParameter(2, notice.type().name()).setParameter(3, notice.recordKind())
                .setParameter(4, notice.recordId()).setParameter(5, notice.label()).setParameter(6, notice.linkPath())
                .setParameter(7, payload.build().toString()).setParameter(8, notice.dedupeKey())
                .setParameter(9, Timestamp.from(now)).executeUpdate();
        for (Long organisation : notice.organisations()) {
            mailTo(eventId, notice.type(), organisation, now);
            webhooksOf(eventId, notice.type(), organisation, now);
            if (notice.type() == EventType.OFFER_MADE) {
                offers.fire(new OfferSignal(organisation, notice.recordId()));
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private void mailTo(String eventId, EventType type, long organisation, Instant now) {
        List<Object[]> users = em.createNativeQuery("SELECT u.id, p.delivery_mode FROM user_account u"
                        + " LEFT JOIN notification_preference p ON p.user_account_id = u.id AND p.event_type = ?"
                        + " WHERE u.organisation_id = ? AND u.active = TRUE AND u.email IS NOT NULL ORDER BY u.id")
                .setParameter(1, type.name()).setParameter(2, organisation).getResultList();
        for (Object[] user : users) {
            DeliveryMode mode = user[1] == null ? DeliveryMode.IMMEDIATE : DeliveryMode.valueOf(user[1].toString());
            if (mode == DeliveryMode.OFF) {
                continue;
            }
            boolean digest = mode == DeliveryMode.DIGEST;
            insert(eventId, organisation, "EMAIL", ((Number) user[0]).longValue(), null, digest,
                    digest ? nextDigest(now) : now, now);
        }
    }

    @SuppressWarnings("unchecked")
    private void webhooksOf(String eventId, EventType type, long organisation, Instant now) {
        List<Object[]> hooks = em.createNativeQuery("SELECT id, event_types FROM webhook_subscription"
                        + " WHERE organisation_id = ? AND active = TRUE ORDER BY created_at")
                .setParameter(1, organisation).getResultList();
        for (Object[] hook : hooks) {
            if (Arrays.asList(hook[1].toString().split(",")).contains(type.name())) {
                insert(eventId, organisation, "WEBHOOK", null, hook[0].toString(), false, now, now);
            }
        }
    }

    private void insert(String eventId, long organisation, String channel, Long user, String webhook, boolean digest,
                        Instant due, Instant now) {
        em.createNativeQuery("INSERT INTO notification_delivery (id, event_id, organisation_id, channel, user_account_id,"
                        + " webhook_id, digest, status, attempts, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, eventId).setParameter(3, organisation)
                .setParameter(4, channel).setParameter(5, user).setParameter(6, webhook).setParameter(7, digest)
                .setParameter(8, Timestamp.from(due)).setParameter(9, Timestamp.from(now)).executeUpdate();
    }

    /** The next daily digest: the configured hour of the state's day, today if still ahead, else tomorrow. */
    private Instant nextDigest(Instant now) {
        ZonedDateTime local = now.atZone(clock.getZone());
        ZonedDateTime at = LocalDate.from(local).atTime(settings.digestHour(), 0).atZone(clock.getZone());
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }

    /** The facts of a referral event, in the order the payload lists them. */
    static Map<String, Object> facts(Object... keyValues) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            facts.put((String) keyValues[i], keyValues[i + 1]);
        }
        return facts;
    }
}
