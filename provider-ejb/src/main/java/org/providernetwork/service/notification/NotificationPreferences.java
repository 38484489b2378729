package org.providernetwork.service.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditWriter;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.notification.DeliveryMode;
import org.providernetwork.domain.notification.EventType;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.tenancy.Tenancy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Users' notification preferences: per event type, at once, in the daily digest, or off (no choice made
 * means at once). A user manages their own; an administrator of the organisation manages its users'. No one
 * else does, the state included ({@link org.providernetwork.service.tenancy.TenantScope#managesOwnSettingsOf}).
 */
@Stateless
@RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF, Roles.CQI_REVIEWER,
        Roles.AUDITOR})
public class NotificationPreferences {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Tenancy tenancy;

    /** The preferences of an account ({@code null}: the caller's own). */
    @SuppressWarnings("unchecked")
    public List<PreferenceView> of(Long accountId) {
        long account = account(accountId);
        Map<EventType, DeliveryMode> chosen = new EnumMap<>(EventType.class);
        List<Object[]> rows = em.createNativeQuery("SELECT event_type, delivery_mode FROM notification_preference"
                + " WHERE user_account_id = ?").setParameter(1, account).getResultList();
        for (Object[] r : rows) {
            EventType.parse((String) r[0]).ifPresent(t -> chosen.put(t, DeliveryMode.valueOf((String) r[1])));
        }
        List<PreferenceView> views = new ArrayList<>();
        for (EventType type : EventType.values()) {
            views.add(new PreferenceView(type, type.label(), chosen.getOrDefault(type, DeliveryMode.IMMEDIATE)));
        }
        return views;
    }

    /** Sets the given event types' modes (others are left as they are) and answers all of them. */
    public List<PreferenceView> set(Long accountId, Map<String, String> modes) {
        long account = account(accountId);
        if (modes == null || modes.isEmpty()) {
            throw new InvalidInputException("preferences", "give at least one event type with its mode");
        }
        Map<EventType, DeliveryMode> parsed = new EnumMap<>(EventType.class);
        modes.forEach((type, mode) -> {
            EventType t = EventType.parse(type).orElseThrow(() -> new InvalidInputException("preferences",
                    "unknown event type " + type));
            DeliveryMode m;
            try {
                m = DeliveryMode.valueOf(mode == null ? "" : mode.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("preferences." + t.name(), "IMMEDIATE, DIGEST or OFF");
            }
            parsed.put(t, m);
        });
        Map<EventType, DeliveryMode> before = new EnumMap<>(EventType.class);
        for (PreferenceView view : of(account)) {
            before.put(view.eventType(), view.mode());
        }
        AuditRecord record = AuditRecord.updated("NotificationPreference", account);
        parsed.forEach((type, mode) -> record.change(type.name(), before.get(type), mode));
        parsed.forEach((type, mode) -> {
            em.createNativeQuery("DELETE FROM notification_preference WHERE user_account_id = ? AND event_type = ?")
                    .setParameter(1, account).setParameter(2, type.name()).executeUpdate();
            em.createNativeQuery("INSERT INTO notification_preference (user_account_id, event_type, delivery_mode)"
                    + " VALUES (?, ?, ?)").setParameter(1, account).setParameter(2, type.name()).setParameter(3, mode.name())
                    .executeUpdate();
        });
        AuditWriter.record(em, record);
        return of(account);
    }

    private long account(Long accountId) {
        SignedInUser me = caller.current().orElseThrow();
        if (accountId == null || (me.accountId() != null && accountId.equals(me.accountId()))) {
            if (me.accountId() == null) {
                throw new InvalidInputException("account", "this sign-in has no portal account to keep preferences for");
            }
            return me.accountId();
        }
        List<?> owner = em.createNativeQuery("SELECT organisation_id FROM user_account WHERE id = ?")
                .setParameter(1, accountId).getResultList();
        boolean admin = me.hasRole(Roles.PROVIDER_ADMIN) || me.hasRole(Roles.STATE_STAFF) || me.hasRole(Roles.REGIONAL_LEAD);
        if (owner.isEmpty() || !admin || !tenancy.scope().managesOwnSettingsOf(((Number) owner.get(0)).longValue())) {
            throw new NotFoundException("account", accountId);
        }
        return accountId;
    }
}
