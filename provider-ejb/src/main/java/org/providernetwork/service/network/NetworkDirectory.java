package org.providernetwork.service.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.network.ContactDetails;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.network.ServiceOffering;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.CountyFips;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.network.OrganisationDetails.OfferingSummary;
import org.providernetwork.service.platform.Constraints;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statewide network directory: who is in the network, of which type, where. Directory data is
 * readable by every signed-in user; registering an organisation is for state resource staff.
 */
@Stateless
public class NetworkDirectory {

    /** Sort keys a client may ask for, and the column each one sorts on. */
    public static final Map<String, String> SORT_FIELDS = Map.of(
            "name", "o.nameKey",
            "type", "o.type",
            "city", "o.contact.city",
            "county", "hq.name",
            "created", "o.createdAt");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ReferenceData reference;

    @Inject
    private Clock clock;

    /** One page of organisations matching the filter, sorted in the database, with the total count. */
    public Page<OrganisationSummary> search(@NotNull OrganisationFilter filter, @NotNull PageRequest page) {
        long total = count(filter);
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page.page(), page.size());
        }
        return new Page<>(list(filter, page), total, page.page(), page.size());
    }

    /** How many organisations match the filter. */
    public long count(@NotNull OrganisationFilter filter) {
        Criteria criteria = Criteria.of(filter);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o)" + criteria.from + criteria.where, Long.class);
        criteria.params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The organisations of one page, without counting the whole list (for tables that count separately). */
    public List<OrganisationSummary> list(@NotNull OrganisationFilter filter, @NotNull PageRequest page) {
        String sortField = page.sortField() == null ? "name" : page.sortField();
        String sortColumn = SORT_FIELDS.get(sortField);
        if (sortColumn == null) {
            throw new InvalidInputException("sort", "cannot sort by '" + sortField + "'; use one of "
                    + new TreeMap<>(SORT_FIELDS).keySet());
        }
        Criteria criteria = Criteria.of(filter);
        TypedQuery<Object[]> select = em.createQuery("SELECT o.id, o.name, o.type, lr.code, hq.fips, hq.name,"
                + " o.contact.city, o.contact.phone, o.contact.email, o.active"
                + criteria.from + " LEFT JOIN o.leadRegion lr" + criteria.where
                + " ORDER BY " + sortColumn + (page.ascending() ? " ASC" : " DESC") + ", o.id ASC", Object[].class);
        criteria.params.forEach(select::setParameter);
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();

        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> regions = regionCodes(ids);
        Map<Long, Long> offerings = offeringCounts(ids);
        List<OrganisationSummary> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            items.add(new OrganisationSummary(id, (String) r[1], (OrganisationType) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (Boolean) r[9],
                    regions.getOrDefault(id, List.of()), offerings.getOrDefault(id, 0L)));
        }
        return items;
    }

    /** The FROM and WHERE clauses of a directory query, with their parameters. */
    private record Criteria(String from, String where, Map<String, Object> params) {

        static Criteria of(OrganisationFilter filter) {
            Map<String, Object> params = new HashMap<>();
            StringBuilder from = new StringBuilder(" FROM Organisation o LEFT JOIN o.headquartersCounty hq");
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (filter.name() != null && !filter.name().isBlank()) {
                where.append(" AND o.nameKey LIKE :name ESCAPE '!'");
                params.put("name", "%" + likeEscape(filter.name().trim().toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ")) + "%");
            }
            if (filter.type() != null) {
                where.append(" AND o.type = :type");
                params.put("type", filter.type());
            }
            if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
                from.append(" JOIN o.serviceRegions sr");
                where.append(" AND sr.code = :region");
                params.put("region", filter.regionCode().trim().toUpperCase(Locale.ROOT));
            }
            if (filter.countyFips() != null && !filter.countyFips().isBlank()) {
                where.append(" AND hq.fips = :county");
                params.put("county", filter.countyFips().trim());
            }
            return new Criteria(from.toString(), where.toString(), params);
        }
    }

    /** An organisation with its offerings. */
    public OrganisationDetails find(long id) {
        Organisation org = em.find(Organisation.class, id);
        if (org == null) {
            throw new NotFoundException("organisation", id);
        }
        List<ServiceOffering> offerings = em.createQuery("SELECT s FROM ServiceOffering s JOIN FETCH s.serviceType"
                        + " JOIN FETCH s.locationCounty WHERE s.provider.id = :id ORDER BY s.serviceType.name, s.name, s.id",
                ServiceOffering.class).setParameter("id", id).getResultList();
        Map<Long, Long> countiesServed = new HashMap<>();
        if (!offerings.isEmpty()) {
            em.createQuery("SELECT s.id, COUNT(c) FROM ServiceOffering s JOIN s.servedCounties c"
                            + " WHERE s.provider.id = :id GROUP BY s.id", Object[].class)
                    .setParameter("id", id).getResultList()
                    .forEach(r -> countiesServed.put((Long) r[0], (Long) r[1]));
        }
        List<OfferingSummary> offeringViews = offerings.stream().map(s -> new OfferingSummary(s.getId(), s.getName(),
                s.getServiceType().getCode(), s.getServiceType().getName(), s.getLocationCounty().getFips(),
                s.getLocationCounty().getName(), s.getAgeRange().getMinAge(), s.getAgeRange().getMaxAge(),
                s.getGenders().name(), s.getMaxSiblingGroup(), s.isAcceptsOutOfCounty(),
                countiesServed.getOrDefault(s.getId(), 0L).intValue())).toList();
        County hq = org.getHeadquartersCounty();
        ContactDetails contact = org.getContact();
        return new OrganisationDetails(org.getId(), org.getName(), org.getType(),
                org.getLeadRegion() == null ? null : org.getLeadRegion().getCode(),
                hq == null ? null : hq.getFips(), hq == null ? null : hq.getName(),
                contact.getAddressLine(), contact.getCity(), contact.getPostalCode(), contact.getPhone(),
                contact.getEmail(), contact.getWebsite(), org.isActive(),
                org.getServiceRegions().stream().map(Region::getCode).sorted().toList(), offeringViews,
                org.getCreatedAt(), org.getVersion());
    }

    /**
     * Registers an organisation. A duplicate name (ignoring case and spacing) is a conflict; an unknown
     * county or region is invalid input. Nothing is written unless everything is valid.
     */
    @RolesAllowed(Roles.STATE_STAFF)
    public long register(@NotNull @Valid NewOrganisation request) {
        if (request.type() == OrganisationType.STATE_AGENCY) {
            throw new InvalidInputException("type", "the state agency already exists; register lead contractors and providers");
        }
        String key = Organisation.nameKey(request.name());
        County hq = null;
        if (request.headquartersCountyFips() != null && !request.headquartersCountyFips().isBlank()) {
            CountyFips fips;
            try {
                fips = CountyFips.of(request.headquartersCountyFips());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("headquartersCountyFips", e.getMessage());
            }
            CountyView county = reference.county(fips.value()).orElseThrow(() -> new InvalidInputException(
                    "headquartersCountyFips", "unknown county code " + fips.value()));
            hq = em.getReference(County.class, county.fips());
        }
        Region leadRegion = request.region() == null || request.region().isBlank()
                ? null : region("region", request.region());
        Set<Region> serviceRegions = new LinkedHashSet<>();
        for (String code : request.regions()) {
            serviceRegions.add(region("regions", code));
        }
        if (hq != null && request.type().isProvider() && serviceRegions.isEmpty()) {
            CountyView county = reference.county(hq.getFips()).orElseThrow();
            if (county.regionId() != null) {
                serviceRegions.add(em.getReference(Region.class, county.regionId()));
            }
        }
        if (exists(key)) {
            throw new ConflictException("name", "an organisation named '" + request.name().trim() + "' already exists");
        }
        ContactDetails contact = new ContactDetails(request.addressLine(), request.city(), request.postalCode(),
                request.phone(), request.email(), request.website());
        Organisation org = Organisation.register(request.name(), request.type(), leadRegion, hq, serviceRegions,
                contact, clock.instant());
        try {
            em.persist(org);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("name", "an organisation named '" + request.name().trim() + "' already exists");
            }
            throw e;
        }
        return org.getId();
    }

    private boolean exists(String nameKey) {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.nameKey = :key", Long.class)
                .setParameter("key", nameKey).getSingleResult() > 0;
    }

    private Region region(String field, String code) {
        RegionView view = reference.region(code).orElseThrow(() -> new InvalidInputException(field,
                "unknown region code " + code));
        return em.getReference(Region.class, view.id());
    }

    private Map<Long, List<String>> regionCodes(List<Long> ids) {
        Map<Long, List<String>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        em.createQuery("SELECT o.id, r.code FROM Organisation o JOIN o.serviceRegions r WHERE o.id IN :ids"
                        + " ORDER BY r.code", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return result;
    }

    private Map<Long, Long> offeringCounts(List<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        em.createQuery("SELECT s.provider.id, COUNT(s) FROM ServiceOffering s WHERE s.provider.id IN :ids"
                        + " AND s.active = TRUE GROUP BY s.provider.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }

    private static String likeEscape(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
