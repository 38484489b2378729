package org.providernetwork.service.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may work where in quality improvement. The tenant scope decides first ({@link TenantScope#reviews},
 * {@link TenantScope#regionRecords}); on top of it a CQI reviewer of the state agency who is neither state
 * staff nor auditor works only in the regions assigned to it ({@code cqi_reviewer_region}).
 */
@RequestScoped
public class QualityAccess {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Caller caller;

    private Optional<Set<String>> reviewerRegions;

    public TenantScope scope() {
        return tenancy.scope();
    }

    public String username() {
        return caller.current().map(SignedInUser::username).orElse("system");
    }

    /** State CQI staff: the state agency's staff, who see all and run the process. */
    public boolean isStateStaff() {
        return scope().isStateAgency() && caller.current().map(u -> u.hasRole(Roles.STATE_STAFF)).orElse(false);
    }

    /**
     * Whether the caller's role runs review cycles: state staff, and a region's lead (which cycles, the
     * tenant scope decides: {@link TenantScope#runsCycle}).
     */
    public boolean runsQuality() {
        return caller.current().map(u -> u.hasRole(Roles.STATE_STAFF) || u.hasRole(Roles.REGIONAL_LEAD)).orElse(false);
    }

    /** The regions a reviewer is held to, or empty when the caller is not held to assigned regions. */
    public Optional<Set<String>> reviewerRegions() {
        if (reviewerRegions == null) {
            SignedInUser user = caller.current().orElse(null);
            boolean heldToRegions = user != null && scope().isStateAgency() && user.hasRole(Roles.CQI_REVIEWER)
                    && !user.hasRole(Roles.STATE_STAFF) && !user.hasRole(Roles.AUDITOR);
            reviewerRegions = heldToRegions ? Optional.of(assignedRegions(user.username())) : Optional.empty();
        }
        return reviewerRegions;
    }

    public Set<String> assignedRegions(String username) {
        return new TreeSet<>(em.createQuery("SELECT r.regionCode FROM ReviewerRegion r WHERE r.username = :u", String.class)
                .setParameter("u", username).getResultList());
    }

    /** Whether the caller may see the region-owned record of {@code region}. */
    public boolean seesRegion(String region) {
        return scope().includesRegion(region) && reviewerRegions().map(r -> r.contains(region)).orElse(true);
    }

    /** Whether the caller may see a case review of {@code region} served by {@code providerId}. */
    public boolean seesReview(String region, Long providerId, boolean completed) {
        return scope().includesReview(region, providerId, completed) && reviewerRegions().map(r -> r.contains(region)).orElse(true);
    }

    /** A JPQL condition holding the record {@code alias} to the reviewer's regions (or "1 = 1"). */
    public TenantScope.Predicate reviewerCondition(String alias) {
        return reviewerRegions().map(regions -> new TenantScope.Predicate(
                        regions.isEmpty() ? "1 = 0" : alias + ".regionCode IN :reviewerRegions",
                        regions.isEmpty() ? java.util.Map.<String, Object>of() : java.util.Map.<String, Object>of("reviewerRegions", regions)))
                .orElse(new TenantScope.Predicate("1 = 1", java.util.Map.of()));
    }
}
