package org.providernetwork.service.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.notification.EventType;
import org.providernetwork.domain.notification.WebhookUrl;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.tenancy.Tenancy;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation's webhooks: where the portal calls, for which event types, with which shared secret. Only
 * the organisation itself manages them ({@link org.providernetwork.service.tenancy.TenantScope#managesOwnSettingsOf});
 * another organisation's webhooks are "not found", whoever asks.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
public class Webhooks {

    public static final int MAX_PER_ORGANISATION = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @SuppressWarnings("unchecked")
    public List<WebhookView> of(long organisationId) {
        own(organisationId);
        List<Object[]> rows = em.createNativeQuery("SELECT id, organisation_id, url, event_types, active, created_by, created_at"
                + " FROM webhook_subscription WHERE organisation_id = ? ORDER BY created_at, id")
                .setParameter(1, organisationId).getResultList();
        List<WebhookView> views = new ArrayList<>();
        for (Object[] r : rows) {
            views.add(new WebhookView((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                    List.of(((String) r[3]).split(",")), DeliveryStore.bool(r[4]), (String) r[5], DeliveryStore.instant(r[6]), null));
        }
        return views;
    }

    /** Adds a webhook; the answer carries the generated secret, the only time it is shown. */
    public WebhookView create(long organisationId, String url, Collection<String> eventTypes) {
        own(organisationId);
        String checked = WebhookUrl.check(url).toString();
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new InvalidInputException("eventTypes", "name at least one event type: "
                    + Arrays.toString(EventType.values()));
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : eventTypes) {
            types.add(EventType.parse(type).orElseThrow(() -> new InvalidInputException("eventTypes",
                    "unknown event type " + type + "; one of " + Arrays.toString(EventType.values()))).name());
        }
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook_subscription WHERE organisation_id = ?")
                .setParameter(1, organisationId).getSingleResult()).longValue();
        if (count >= MAX_PER_ORGANISATION) {
            throw new InvalidInputException("url", "an organisation has at most " + MAX_PER_ORGANISATION + " webhooks");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String by = caller.current().map(SignedInUser::username).orElseThrow();
        em.createNativeQuery("INSERT INTO webhook_subscription (id, organisation_id, url, secret, event_types, active,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")
                .setParameter(1, id).setParameter(2, organisationId).setParameter(3, checked).setParameter(4, secret)
                .setParameter(5, String.join(",", types)).setParameter(6, by).setParameter(7, Timestamp.from(now))
                .executeUpdate();
        AuditWriter.record(em, AuditRecord.created("WebhookSubscription", id).value("url", checked)
                .value("eventTypes", String.join(",", types)).about(AuditSubject.organisation(organisationId)));
        return new WebhookView(id, organisationId, checked, List.copyOf(types), true, by, now, secret);
    }

    /** Removes a webhook; deliveries still waiting for it fail with "the webhook was deleted". */
    public void delete(long organisationId, String id) {
        own(organisationId);
        em.createNativeQuery("UPDATE notification_delivery SET webhook_id = NULL WHERE webhook_id = ? AND status <> 'SENT'")
                .setParameter(1, id).executeUpdate();
        int deleted = em.createNativeQuery("DELETE FROM webhook_subscription WHERE id = ? AND organisation_id = ?")
                .setParameter(1, id).setParameter(2, organisationId).executeUpdate();
        if (deleted != 1) {
            throw new NotFoundException("webhook", id);
        }
        AuditWriter.record(em, AuditRecord.deleted("WebhookSubscription", id).about(AuditSubject.organisation(organisationId)));
    }

    private void own(long organisationId) {
        if (!tenancy.scope().managesOwnSettingsOf(organisationId)) {
            throw new NotFoundException("organisation", organisationId);
        }
    }
}
