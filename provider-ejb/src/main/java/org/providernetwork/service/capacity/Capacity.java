package org.providernetwork.service.capacity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.capacity.CapacityChange;
import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.ServiceOffering;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.referral.Referrals;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.time.Clock;
import java.util.List;

/**
 * Capacity of offerings. Reading follows the tenant scope of the offering's provider (the state sees
 * all, a lead its region's local providers, a provider its own); only the provider's own people declare
 * it, against the version they read, and every declaration is kept as history.
 */
@Stateless
public class Capacity {

    private static final String SELECT = "SELECT s, c FROM ServiceOffering s JOIN FETCH s.serviceType"
            + " JOIN FETCH s.locationCounty JOIN s.provider o, OfferingCapacity c WHERE c.offeringId = s.id AND ";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Referrals referrals;

    /** One offering's capacity, if the caller may see it. */
    public CapacityView find(long offeringId) {
        return query("s.id = :offering").setParameter("offering", offeringId).getResultList().stream()
                .findFirst().map(Capacity::view).orElseThrow(() -> new NotFoundException("capacity of offering", offeringId));
    }

    /** The capacity of all offerings of one organisation, if the caller may see them (otherwise none). */
    public List<CapacityView> ofOrganisation(long organisationId) {
        return query("o.id = :organisation").setParameter("organisation", organisationId).getResultList().stream()
                .map(Capacity::view).toList();
    }

    /** The offerings of one service type located in one county that the caller may see: a board cell's detail. */
    public List<CapacityView> inCell(String serviceTypeCode, String countyFips) {
        return query("s.serviceType.code = :type AND s.locationCounty.fips = :county AND s.active = TRUE")
                .setParameter("type", serviceTypeCode).setParameter("county", countyFips).getResultList().stream()
                .map(Capacity::view).toList();
    }

    /** The offerings of one service type located in one region that the caller may see: a statewide board cell's detail. */
    public List<CapacityView> inRegionCell(String serviceTypeCode, String regionCode) {
        return query("s.serviceType.code = :type AND s.locationCounty.region.code = :region AND s.active = TRUE")
                .setParameter("type", serviceTypeCode).setParameter("region", regionCode).getResultList().stream()
                .map(Capacity::view).toList();
    }

    /**
     * A provider declares the capacity of one of its own offerings. {@code expectedVersion} is the
     * version the caller read: if someone saved in between, nothing changes and the caller is told. More free
     * places than before go to the referrals waiting on the offering, in this transaction
     * ({@link Referrals#placesFreed(long, String)}). How many wait is counted, never declared.
     */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public CapacityView declare(long offeringId, int available, int maximum, long expectedVersion) {
        SignedInUser user = caller.current().orElseThrow(() -> new NotFoundException("capacity of offering", offeringId));
        ServiceOffering offering = em.find(ServiceOffering.class, offeringId);
        OfferingCapacity capacity = em.find(OfferingCapacity.class, offeringId);
        if (offering == null || capacity == null || offering.getProvider().getId() != user.organisationId()) {
            throw new NotFoundException("capacity of offering", offeringId);
        }
        if (org.providernetwork.domain.shared.Versions.stale(expectedVersion, capacity.getVersion())) {
            throw new StaleVersionException("the capacity of " + offering.getName());
        }
        int before = capacity.getAvailable();
        CapacityChange change = capacity.declare(available, maximum, user.username(), clock.instant());
        em.persist(change);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("the capacity of " + offering.getName());
        }
        if (capacity.getAvailable() > before) {
            referrals.placesFreed(offeringId, user.username());
        }
        return view(offering, capacity);
    }

    private TypedQuery<Object[]> query(String condition) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<Object[]> query = em.createQuery(SELECT + condition + " AND " + scope.jpql()
                + " ORDER BY s.serviceType.name, s.name, s.id", Object[].class);
        scope.parameters().forEach(query::setParameter);
        return query;
    }

    private static CapacityView view(Object[] row) {
        return view((ServiceOffering) row[0], (OfferingCapacity) row[1]);
    }

    private static CapacityView view(ServiceOffering s, OfferingCapacity c) {
        return new CapacityView(s.getId(), s.getName(), s.getServiceType().getCode(), s.getServiceType().getName(),
                s.getProvider().getId(), s.getProvider().getName(), s.getLocationCounty().getFips(),
                s.getLocationCounty().getName(), c.getAvailable(), c.getMaximum(), c.getWaitlist(), c.getReserved(),
                c.getFunded(), c.isContracted(), c.status(), c.getUpdatedAt(), c.getUpdatedBy(), c.getVersion());
    }
}
