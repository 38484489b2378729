package org.providernetwork.service.offering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.capacity.CapacityChange;
import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.AgeRange;
import org.providernetwork.domain.network.Credential;
import org.providernetwork.domain.network.Languages;
import org.providernetwork.domain.network.OfferingProfile;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.ServiceOffering;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.contract.FundedCapacity;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Service offerings. Everyone reads within the tenant scope of the offering's provider (the state all,
 * a lead its region's local providers, a provider its own); a provider's administrators create and
 * edit their own offerings (the state may create them for any provider), against the version they read.
 */
@Stateless
public class Offerings {

    private static final String FROM = " FROM ServiceOffering s JOIN s.provider o JOIN s.serviceType t"
            + " JOIN s.locationCounty c, OfferingCapacity cap WHERE cap.offeringId = s.id";
    private static final Map<String, String> SORTS = Map.of(
            "name", "s.name", "provider", "o.name", "serviceType", "t.name", "county", "c.name",
            "available", "cap.available", "maximum", "cap.maximum", "funded", "cap.funded",
            "updatedAt", "cap.updatedAt");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<org.providernetwork.service.network.NetworkChanged> networkChanged;

    /** Offerings in the caller's scope, filtered and sorted in the database. */
    public Page<OfferingSummary> search(@NotNull OfferingFilter filter, @NotNull PageRequest page) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        StringBuilder where = new StringBuilder(FROM).append(" AND ").append(scope.jpql());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (filter.providerId() != null) {
            where.append(" AND o.id = :provider");
            parameters.put("provider", filter.providerId());
        }
        if (blank(filter.serviceType()) != null) {
            where.append(" AND t.code = :type");
            parameters.put("type", filter.serviceType().trim().toUpperCase(Locale.ROOT));
        }
        if (blank(filter.county()) != null) {
            where.append(" AND EXISTS (SELECT sc FROM ServiceOffering s2 JOIN s2.servedCounties sc WHERE s2 = s AND sc.fips = :county)");
            parameters.put("county", filter.county().trim());
        }
        if (blank(filter.need()) != null) {
            where.append(" AND EXISTS (SELECT n FROM ServiceOffering s3 JOIN s3.specialisedPopulations n WHERE s3 = s AND n.code = :need)");
            parameters.put("need", filter.need().trim().toUpperCase(Locale.ROOT));
        }
        if (blank(filter.language()) != null) {
            where.append(" AND :language MEMBER OF s.languages");
            parameters.put("language", filter.language().trim().toLowerCase(Locale.ROOT));
        }
        if (filter.active() != null) {
            where.append(" AND s.active = :active");
            parameters.put("active", filter.active());
        }
        if (filter.contracted() != null) {
            where.append(" AND cap.contracted = :contracted");
            parameters.put("contracted", filter.contracted());
        }
        if (blank(filter.text()) != null) {
            where.append(" AND (LOWER(s.name) LIKE :text OR LOWER(o.name) LIKE :text)");
            parameters.put("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        String sort = page.sortField() == null ? null : SORTS.get(page.sortField());
        if (page.sortField() != null && sort == null) {
            throw new InvalidInputException("sort", "sort by one of " + SORTS.keySet().stream().sorted().toList());
        }
        String order = " ORDER BY " + (sort == null ? "t.name, s.name" : sort + (page.ascending() ? " ASC" : " DESC")) + ", s.id";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + where, Long.class);
        TypedQuery<Object[]> select = em.createQuery("SELECT s.id, s.name, t.code, t.name, o.id, o.name, c.fips, c.name,"
                + " s.ageRange.minAge, s.ageRange.maxAge, s.genders, s.maxSiblingGroup, cap.available, cap.maximum,"
                + " cap.funded, cap.contracted, s.active, cap.updatedAt" + where + order, Object[].class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<OfferingSummary> items = total == 0 ? List.of() : select.setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList().stream().map(Offerings::summary).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    private static OfferingSummary summary(Object[] r) {
        return new OfferingSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4], (String) r[5],
                (String) r[6], (String) r[7], (Integer) r[8], (Integer) r[9],
                (org.providernetwork.domain.network.GendersServed) r[10], (Integer) r[11], (Integer) r[12],
                (Integer) r[13], (Integer) r[14], (Boolean) r[15], (Boolean) r[16], (java.time.Instant) r[17]);
    }

    /** One offering in full, if the caller may see it. */
    public OfferingDetails find(long id) {
        return details(visible(id));
    }

    /**
     * A provider's administrator adds an offering to their organisation; state staff may add one to any
     * provider. The offering starts with no declared capacity.
     */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.STATE_STAFF})
    public OfferingDetails create(long providerId, @NotNull OfferingRequest request) {
        SignedInUser user = caller.current().orElseThrow();
        Organisation provider = em.find(Organisation.class, providerId);
        boolean allowed = provider != null && (user.organisationId() == providerId
                || user.hasRole(Roles.STATE_STAFF) && tenancy.scope().actsForAnyProvider());
        if (!allowed) {
            throw new NotFoundException("organisation", providerId);
        }
        if (blank(request.serviceType()) == null) {
            throw new InvalidInputException("serviceType", "an offering is of one service type");
        }
        ServiceType type = em.createQuery("SELECT t FROM ServiceType t WHERE t.code = :code", ServiceType.class)
                .setParameter("code", request.serviceType().trim().toUpperCase(Locale.ROOT)).getResultList()
                .stream().findFirst().orElseThrow(() -> new InvalidInputException("serviceType",
                        "unknown service type " + request.serviceType()));
        ServiceOffering offering = new ServiceOffering(provider, type, profile(request, null), clock.instant());
        em.persist(offering);
        em.flush();
        em.persist(new OfferingCapacity(offering.getId(), 0, 0, user.username(), clock.instant()));
        em.flush();
        refreshFunding(providerId);
        return details(offering);
    }

    /** A provider's administrator changes one of their offerings, against the version they read. */
    @RolesAllowed({Roles.PROVIDER_ADMIN})
    public OfferingDetails update(long id, @NotNull OfferingRequest request, long expectedVersion) {
        SignedInUser user = caller.current().orElseThrow();
        ServiceOffering offering = em.find(ServiceOffering.class, id);
        if (offering == null || offering.getProvider().getId() != user.organisationId()) {
            throw new NotFoundException("offering", id);
        }
        if (org.providernetwork.domain.shared.Versions.stale(expectedVersion, offering.getVersion())) {
            throw new StaleVersionException("offering " + offering.getName());
        }
        if (request.serviceType() != null && !request.serviceType().isBlank()
                && !request.serviceType().trim().equalsIgnoreCase(offering.getServiceType().getCode())) {
            throw new InvalidInputException("serviceType", "the service type of an offering does not change; add a new offering");
        }
        boolean moved = !offering.getLocationCounty().getFips().equals(request.locationCounty());
        offering.revise(profile(request, offering), clock.instant());
        if (request.active() != null && request.active() != offering.isActive()) {
            if (request.active()) {
                offering.reactivate(clock.instant());
            } else {
                offering.deactivate(clock.instant());
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("offering " + offering.getName());
        }
        if (moved) {
            refreshFunding(offering.getProvider().getId());
        }
        networkChanged.fire(new org.providernetwork.service.network.NetworkChanged("offering " + id));
        return details(offering);
    }

    /** Licences and accreditations in the caller's scope that expire within the given days (or have expired). */
    public List<CredentialAlert> credentialsExpiringWithin(int days) {
        if (days < 0 || days > 366) {
            throw new InvalidInputException("expiringWithinDays", "between 0 and 366 days");
        }
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        LocalDate today = today();
        TypedQuery<Object[]> query = em.createQuery("SELECT s.id, s.name, o.id, o.name, k.kind, k.identifier, k.expiresOn"
                + " FROM Credential k JOIN k.offering s JOIN s.provider o WHERE s.active = TRUE AND k.expiresOn <= :until"
                + " AND k.expiresOn >= :since AND " + scope.jpql() + " ORDER BY k.expiresOn, o.name, s.name", Object[].class)
                .setParameter("until", today.plusDays(days)).setParameter("since", today.minusDays(org.providernetwork.domain.network.Credential.EXPIRY_URGENT_DAYS))
                .setMaxResults(PageRequest.MAX_SIZE);
        scope.parameters().forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new CredentialAlert((Long) r[0], (String) r[1], (Long) r[2],
                (String) r[3], (org.providernetwork.domain.network.CredentialKind) r[4], (String) r[5], (LocalDate) r[6],
                ChronoUnit.DAYS.between(today, (LocalDate) r[6]))).toList();
    }

    private ServiceOffering visible(long id) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<ServiceOffering> query = em.createQuery("SELECT s FROM ServiceOffering s JOIN s.provider o"
                + " WHERE s.id = :id AND " + scope.jpql(), ServiceOffering.class).setParameter("id", id);
        scope.parameters().forEach(query::setParameter);
        return query.getResultList().stream().findFirst().orElseThrow(() -> new NotFoundException("offering", id));
    }

    private OfferingProfile profile(OfferingRequest r, ServiceOffering current) {
        if (blank(r.locationCounty()) == null) {
            throw new InvalidInputException("locationCounty", "an offering has a location county");
        }
        County location = county(r.locationCounty(), "locationCounty");
        List<County> served = new ArrayList<>();
        for (String fips : r.servedCounties() == null ? List.<String>of() : r.servedCounties()) {
            served.add(county(fips, "servedCounties"));
        }
        List<NeedCode> needs = new ArrayList<>();
        for (String code : r.needs() == null ? List.<String>of() : r.needs()) {
            needs.add(em.createQuery("SELECT n FROM NeedCode n WHERE n.code = :code", NeedCode.class)
                    .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).getResultList().stream()
                    .findFirst().orElseThrow(() -> new InvalidInputException("needs", "unknown need code " + code)));
        }
        if (r.minAge() == null || r.maxAge() == null) {
            throw new InvalidInputException("ageRange", "state the youngest and oldest age served");
        }
        if (r.maxSiblingGroup() == null) {
            throw new InvalidInputException("maxSiblingGroup", "state the largest sibling group kept together");
        }
        List<Credential.Terms> credentials = new ArrayList<>();
        for (OfferingRequest.CredentialRequest c : r.credentials() == null ? List.<OfferingRequest.CredentialRequest>of() : r.credentials()) {
            credentials.add(new Credential.Terms(c.kind(), c.issuer(), c.identifier(), c.expiresOn()));
        }
        return new OfferingProfile(r.name(), r.description(), location, served, needs, new AgeRange(r.minAge(), r.maxAge()),
                r.genders(), r.maxSiblingGroup(), Boolean.TRUE.equals(r.acceptsOutOfCounty()),
                r.languages() == null || r.languages().isEmpty() ? List.of("en") : r.languages(), credentials,
                r.acceptedRisks());
    }

    private County county(String fips, String field) {
        County county = fips == null ? null : em.find(County.class, fips.trim());
        if (county == null) {
            throw new InvalidInputException(field, "unknown county code " + fips);
        }
        return county;
    }

    private OfferingDetails details(ServiceOffering s) {
        OfferingCapacity cap = em.find(OfferingCapacity.class, s.getId());
        em.refresh(cap);
        LocalDate today = today();
        return new OfferingDetails(s.getId(), s.getName(), s.getDescription(), s.getServiceType().getCode(),
                s.getServiceType().getName(), s.getProvider().getId(), s.getProvider().getName(),
                s.getLocationCounty().getFips(), s.getLocationCounty().getName(),
                s.getServedCounties().stream().sorted(Comparator.comparing(County::getName))
                        .map(c -> new OfferingDetails.Coded(c.getFips(), c.getName())).toList(),
                s.getSpecialisedPopulations().stream().sorted(Comparator.comparing(NeedCode::getName))
                        .map(n -> new OfferingDetails.Coded(n.getCode(), n.getName())).toList(),
                s.getLanguages().stream().map(l -> new OfferingDetails.Coded(l, Languages.name(l))).toList(),
                s.getAgeRange().getMinAge(), s.getAgeRange().getMaxAge(), s.getGenders(), s.getMaxSiblingGroup(),
                s.isAcceptsOutOfCounty(), s.getAcceptedRisks(),
                s.getCredentials().stream().map(k -> new OfferingDetails.CredentialView(k.getKind(), k.getIssuer(),
                        k.getIdentifier(), k.getExpiresOn(), ChronoUnit.DAYS.between(today, k.getExpiresOn()))).toList(),
                s.isActive(), cap.getAvailable(), cap.getMaximum(), cap.getWaitlist(), cap.getReserved(), cap.getFunded(),
                cap.isContracted(), s.getCreatedAt(), s.getUpdatedAt(), s.getVersion());
    }

    private void refreshFunding(long providerId) {
        FundedCapacity.recompute(em, today(), providerId);
        networkChanged.fire(new org.providernetwork.service.network.NetworkChanged("offerings of " + providerId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
