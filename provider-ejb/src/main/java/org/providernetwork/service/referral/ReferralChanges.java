package org.providernetwork.service.referral;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Referrals of the caller's scope changed after a moment, oldest change first: what a system polling for
 * news (the FHIR Task search) reads. Who sees a referral is decided by {@link TenantScope#referrals}, as
 * for every other list.
 */
@Stateless
public class ReferralChanges {

    /** The most referrals one poll answers. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Referrals referrals;

    /**
     * Referrals visible to the caller and changed after {@code after} (any time when null), with an offer to
     * {@code providerId} when given, ordered by the time of their last change and then by id.
     */
    public List<ReferralView> changed(Instant after, Long providerId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("_count", "between 1 and " + MAX_PAGE);
        }
        TenantScope.Predicate visible = tenancy.scope().referrals("r");
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        StringBuilder where = new StringBuilder(" FROM Referral r WHERE ").append(visible.jpql());
        if (after != null) {
            where.append(" AND r.updatedAt > :after");
            parameters.put("after", after);
        }
        if (providerId != null) {
            where.append(" AND EXISTS (SELECT po FROM Offer po WHERE po.referral = r AND po.providerId = :provider)");
            parameters.put("provider", providerId);
        }
        TypedQuery<Long> query = em.createQuery("SELECT r.id" + where + " ORDER BY r.updatedAt, r.id", Long.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(referrals::find).toList();
    }
}
