package org.providernetwork.service.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.notification.EventType;
import org.providernetwork.service.tenancy.TenantScope;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events that come from time passing rather than from a change: an offer at half its window still
 * unanswered, a contract or licence 60 and 30 days before it ends (a licence told to the provider and, for a
 * local provider, to the leads of the regions it serves), an improvement-plan step past its due date. Each is recorded once (its once-only key), whenever the first run after the moment happens.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Reminders {

    private static final int LIMIT = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** Records every reminder that has fallen due and not been recorded yet; how many were recorded. */
    public int run() {
        return halfWindows() + contracts() + licences() + steps();
    }

    /** The lead contractor of a region, to tell about the region's escalations and plans. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Long> leadsOf(String regionCode) {
        return ((List<Object>) em.createNativeQuery("SELECT o.id FROM organisation o JOIN region r ON r.id = o.region_id"
                        + " WHERE o.org_type = 'LEAD_CONTRACTOR' AND o.active = TRUE AND r.code = ?")
                .setParameter(1, regionCode).getResultList()).stream().map(v -> ((Number) v).longValue()).toList();
    }

    /**
     * The lead contractors that see {@code organisationId} as a local provider of their region, by the tenancy rule
     * ({@link TenantScope#localProviderOf}): one for each region the provider serves that has an active lead, none
     * for a statewide provider or a lead itself.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> leadsOfProvider(long organisationId) {
        TenantScope.Predicate local = TenantScope.localProviderOf("p", "lr.code");
        TypedQuery<Long> query = em.createQuery("SELECT DISTINCT l.id FROM Organisation l JOIN l.leadRegion lr, Organisation p"
                + " WHERE p.id = :provider AND l.type = :lead AND l.active = TRUE AND " + local.jpql() + " ORDER BY l.id", Long.class)
                .setParameter("provider", organisationId).setParameter("lead", OrganisationType.LEAD_CONTRACTOR);
        local.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private int halfWindows() {
        Instant now = clock.instant();
        List<Object[]> open = em.createNativeQuery("SELECT o.id, o.referral_id, r.referral_no, o.provider_id, o.offered_at,"
                        + " o.respond_by FROM referral_offer o JOIN referral r ON r.id = o.referral_id"
                        + " WHERE o.status = 'OFFERED' AND o.respond_by > ? AND NOT EXISTS (SELECT 1 FROM notification_event e"
                        + " WHERE e.dedupe_key = CONCAT('OFFER_HALF_WINDOW:', o.id)) ORDER BY o.respond_by")
                .setParameter(1, Timestamp.from(now)).setMaxResults(LIMIT).getResultList();
        int recorded = 0;
        for (Object[] o : open) {
            Instant offered = DeliveryStore.instant(o[4]);
            Instant respondBy = DeliveryStore.instant(o[5]);
            if (offered.plus(Duration.between(offered, respondBy).dividedBy(2)).isAfter(now)) {
                continue;
            }
            long offerId = ((Number) o[0]).longValue();
            long referralId = ((Number) o[1]).longValue();
            if (outbox.record(Notice.of(EventType.OFFER_HALF_WINDOW, "referral", referralId, (String) o[2],
                    "referrals/referral.xhtml?id=" + referralId, Outbox.facts("referralId", referralId, "offerId", offerId,
                            "providerId", ((Number) o[3]).longValue(), "status", "OFFERED", "respondBy", respondBy.toString()),
                    List.of(((Number) o[3]).longValue())).once("OFFER_HALF_WINDOW:" + offerId))) {
                recorded++;
            }
        }
        return recorded;
    }

    @SuppressWarnings("unchecked")
    private int contracts() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> ending = em.createNativeQuery("SELECT id, contract_no, purchaser_id, supplier_id, end_date FROM contract"
                        + " WHERE status = 'ACTIVE' AND end_date >= ? AND end_date <= ? ORDER BY end_date")
                .setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(today.plusDays(60)))
                .setMaxResults(LIMIT).getResultList();
        int recorded = 0;
        for (Object[] c : ending) {
            LocalDate end = date(c[4]);
            int mark = end.isAfter(today.plusDays(30)) ? 60 : 30;
            long id = ((Number) c[0]).longValue();
            if (outbox.record(Notice.of(EventType.CONTRACT_EXPIRING, "contract", id, (String) c[1],
                    "contracts/contract.xhtml?id=" + id, Outbox.facts("contractId", id, "status", "ACTIVE",
                            "endDate", end.toString(), "daysLeft", (long) mark),
                    List.of(((Number) c[3]).longValue(), ((Number) c[2]).longValue())).once("CONTRACT_EXPIRING:" + id + ":" + mark))) {
                recorded++;
            }
        }
        return recorded;
    }

    @SuppressWarnings("unchecked")
    private int licences() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> ending = em.createNativeQuery("SELECT c.id, c.identifier, s.organisation_id, c.expires_on, s.id"
                        + " FROM offering_credential c JOIN service_offering s ON s.id = c.offering_id"
                        + " WHERE c.kind = 'LICENCE' AND c.expires_on >= ? AND c.expires_on <= ? ORDER BY c.expires_on")
                .setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(today.plusDays(60)))
                .setMaxResults(LIMIT).getResultList();
        int recorded = 0;
        Map<Long, List<Long>> told = new HashMap<>();
        for (Object[] c : ending) {
            LocalDate end = date(c[3]);
            int mark = end.isAfter(today.plusDays(30)) ? 60 : 30;
            long id = ((Number) c[0]).longValue();
            long offering = ((Number) c[4]).longValue();
            if (outbox.record(Notice.of(EventType.LICENCE_EXPIRING, "offering", offering, (String) c[1],
                    "offerings/offering.xhtml?id=" + offering, Outbox.facts("credentialId", id, "offeringId", offering,
                            "providerId", ((Number) c[2]).longValue(), "expiresOn", end.toString(), "daysLeft", (long) mark),
                    told.computeIfAbsent(((Number) c[2]).longValue(), this::providerAndLeads)).once("LICENCE_EXPIRING:" + id + ":" + mark))) {
                recorded++;
            }
        }
        return recorded;
    }

    /** The provider and, for a local provider, the leads of the regions it serves: each once. */
    private List<Long> providerAndLeads(long provider) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(provider);
        told.addAll(leadsOfProvider(provider));
        return List.copyOf(told);
    }

    @SuppressWarnings("unchecked")
    private int steps() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> late = em.createNativeQuery("SELECT s.id, p.id, p.region_code, s.due_on, s.status FROM cqi_step s"
                        + " JOIN cqi_goal g ON g.id = s.goal_id JOIN cqi_plan p ON p.id = g.plan_id"
                        + " WHERE s.status IN ('NOT_STARTED', 'IN_PROGRESS') AND s.due_on < ? AND p.status = 'OPEN'"
                        + " AND NOT EXISTS (SELECT 1 FROM notification_event e WHERE e.dedupe_key = CONCAT('PLAN_STEP_OVERDUE:', s.id))"
                        + " ORDER BY s.due_on")
                .setParameter(1, Date.valueOf(today)).setMaxResults(LIMIT).getResultList();
        int recorded = 0;
        for (Object[] s : late) {
            long step = ((Number) s[0]).longValue();
            long plan = ((Number) s[1]).longValue();
            if (outbox.record(Notice.of(EventType.PLAN_STEP_OVERDUE, "plan", plan, "plan " + plan + ", step " + step,
                    "quality/plan.xhtml?id=" + plan, Outbox.facts("planId", plan, "stepId", step, "status", s[4].toString(),
                            "dueDate", date(s[3]).toString()), leadsOf((String) s[2])).once("PLAN_STEP_OVERDUE:" + step))) {
                recorded++;
            }
        }
        return recorded;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
