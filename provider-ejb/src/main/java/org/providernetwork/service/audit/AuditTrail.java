package org.providernetwork.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.audit.AuditEvent;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;

import org.providernetwork.domain.shared.StateCalendar;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Searching the audit trail: for auditors only, newest first, paged in the database. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @jakarta.inject.Inject
    private Clock clock;

    public Page<AuditEventView> search(@NotNull AuditFilter filter, @NotNull PageRequest page) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("from", "the period starts after it ends");
        }
        StringBuilder where = new StringBuilder(" FROM AuditEvent e WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" AND e.username = :username");
            params.put("username", filter.username().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.organisationId() != null) {
            // by the organisation's people, or about the organisation (its own record, or a subject of the record)
            where.append(" AND (e.organisationId = :organisation OR (e.entityType = 'Organisation' AND e.entityId = :organisationKey)"
                    + " OR EXISTS (SELECT s FROM AuditEventSubject s WHERE s.auditEventId = e.id AND s.kind = 'ORGANISATION'"
                    + " AND s.subjectId = :organisationKey))");
            params.put("organisation", filter.organisationId());
            params.put("organisationKey", filter.organisationId().toString());
        }
        if (filter.referralId() != null) {
            where.append(" AND ((e.entityType = 'Referral' AND e.entityId = :referralKey)"
                    + " OR EXISTS (SELECT s FROM AuditEventSubject s WHERE s.auditEventId = e.id AND s.kind = 'REFERRAL'"
                    + " AND s.subjectId = :referralKey))");
            params.put("referralKey", filter.referralId().toString());
        }
        if (filter.child() != null && !filter.child().isBlank()) {
            where.append(" AND EXISTS (SELECT s FROM AuditEventSubject s WHERE s.auditEventId = e.id AND s.kind = 'CHILD'"
                    + " AND s.subjectId = :child)");
            params.put("child", filter.child().trim());
        }
        if (filter.requestId() != null && !filter.requestId().isBlank()) {
            where.append(" AND e.requestId = :requestId");
            params.put("requestId", filter.requestId().trim());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" AND e.entityType = :entityType");
            params.put("entityType", filter.entityType().trim());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" AND e.entityId = :entityId");
            params.put("entityId", filter.entityId().trim());
        }
        if (filter.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            params.put("from", StateCalendar.startOf(filter.from(), clock.getZone()));
        }
        if (filter.to() != null) {
            where.append(" AND e.occurredAt < :to");
            params.put("to", StateCalendar.endOf(filter.to(), clock.getZone()));
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page.page(), page.size());
        }
        TypedQuery<AuditEvent> select = em.createQuery("SELECT e" + where + " ORDER BY e.id DESC", AuditEvent.class);
        params.forEach(select::setParameter);
        List<AuditEventView> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(e -> new AuditEventView(e.getId(), e.getOccurredAt(), e.getUsername(), e.getOrganisationId(),
                        e.getAction(), e.getEntityType(), e.getEntityId(), e.getChanges(), e.getRequestId()))
                .toList();
        return new Page<>(items, total, page.page(), page.size());
    }
}
