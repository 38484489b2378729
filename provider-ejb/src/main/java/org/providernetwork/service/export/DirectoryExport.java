package org.providernetwork.service.export;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.Credential;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.ServiceOffering;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The network directory in Open Referral HSDS 3.1 form, for what the caller may see: organisations in the
 * caller's tenant scope (the state all, a lead its own organisation and its region's local providers, a
 * provider its own) and their offerings, active or not. Offerings are loaded a page (or a batch) at a time
 * with their counties, needs, languages, credentials and capacity in one query each, never one per row.
 */
@Stateless
public class DirectoryExport {

    /** Rows loaded together when exporting everything (bounds the IN lists). */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Clock clock;

    // ---------------------------------------------------------------- services

    /** One page of services, in a stable order. */
    public Page<JsonObject> services(PageRequest page) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM ServiceOffering s JOIN s.provider o WHERE "
                + scope.jpql(), Long.class);
        scope.parameters().forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page.page(), page.size());
        }
        TypedQuery<Long> ids = em.createQuery("SELECT s.id FROM ServiceOffering s JOIN s.provider o WHERE "
                + scope.jpql() + " ORDER BY s.id", Long.class);
        scope.parameters().forEach(ids::setParameter);
        List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(services(pageIds), total, page.page(), page.size());
    }

    /** One service by its HSDS id, if the caller may see it. */
    public JsonObject service(String hsdsId) {
        long id = HsdsIds.parse(HsdsIds.Kind.SERVICE, hsdsId).orElseThrow(() -> new NotFoundException("service", hsdsId));
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<Long> visible = em.createQuery("SELECT s.id FROM ServiceOffering s JOIN s.provider o"
                + " WHERE s.id = :id AND " + scope.jpql(), Long.class).setParameter("id", id);
        scope.parameters().forEach(visible::setParameter);
        if (visible.getResultList().isEmpty()) {
            throw new NotFoundException("service", hsdsId);
        }
        return services(List.of(id)).get(0);
    }

    /** The services of the given offerings, in the order given, each with its organization nested. */
    private List<JsonObject> services(List<Long> ids) {
        Loaded loaded = load(ids);
        Map<Long, JsonObject> organizations = organizations(loaded.offerings.stream()
                .map(s -> s.getProvider().getId()).distinct().toList());
        return loaded.offerings.stream()
                .map(s -> loaded.mapper.service(s, loaded.facts(s.getId()), organizations.get(s.getProvider().getId())))
                .toList();
    }

    // ---------------------------------------------------------------- organizations

    /** One page of organizations, in a stable order. */
    public Page<JsonObject> organizations(PageRequest page) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE " + scope.jpql(), Long.class);
        scope.parameters().forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page.page(), page.size());
        }
        List<Long> pageIds = organisationIds(scope).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, JsonObject> organizations = organizations(pageIds);
        return new Page<>(pageIds.stream().map(organizations::get).toList(), total, page.page(), page.size());
    }

    /** One organization by its HSDS id, if the caller may see it. */
    public JsonObject organization(String hsdsId) {
        long id = HsdsIds.parse(HsdsIds.Kind.ORGANIZATION, hsdsId)
                .orElseThrow(() -> new NotFoundException("organization", hsdsId));
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<Long> visible = em.createQuery("SELECT o.id FROM Organisation o WHERE o.id = :id AND "
                + scope.jpql(), Long.class).setParameter("id", id);
        scope.parameters().forEach(visible::setParameter);
        if (visible.getResultList().isEmpty()) {
            throw new NotFoundException("organization", hsdsId);
        }
        return organizations(List.of(id)).get(id);
    }

    private TypedQuery<Long> organisationIds(TenantScope.Predicate scope) {
        TypedQuery<Long> ids = em.createQuery("SELECT o.id FROM Organisation o WHERE " + scope.jpql() + " ORDER BY o.id",
                Long.class);
        scope.parameters().forEach(ids::setParameter);
        return ids;
    }

    /** Organizations by id (in the order given), each with its regions and locations loaded in one query each. */
    private Map<Long, JsonObject> organizations(List<Long> ids) {
        Map<Long, JsonObject> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<Long, Organisation> organisations = byId(em.createQuery("SELECT o FROM Organisation o"
                        + " LEFT JOIN FETCH o.leadRegion WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", ids).getResultList(), Organisation::getId);
        Map<Long, List<String>> regions = new HashMap<>();
        em.createQuery("SELECT o.id, r.code FROM Organisation o JOIN o.serviceRegions r WHERE o.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> regions.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<Long, List<County>> locations = new HashMap<>();
        em.createQuery("SELECT DISTINCT p.id, c FROM ServiceOffering s JOIN s.provider p JOIN s.locationCounty c"
                        + " WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> locations.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((County) r[1]));
        HsdsMapper mapper = mapper();
        for (Long id : ids) {
            Organisation o = organisations.get(id);
            if (o != null) {
                List<County> counties = locations.getOrDefault(id, List.of()).stream()
                        .sorted(Comparator.comparing(County::getFips)).toList();
                result.put(id, mapper.organization(o, regions.getOrDefault(id, List.of()), counties));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- taxonomy

    /** Every term of the portal's two taxonomies (reference data, the same for everyone). */
    public List<JsonObject> taxonomyTerms() {
        List<ServiceType> types = em.createQuery("SELECT t FROM ServiceType t ORDER BY t.category, t.code", ServiceType.class)
                .getResultList();
        List<NeedCode> needs = em.createQuery("SELECT n FROM NeedCode n ORDER BY n.code", NeedCode.class).getResultList();
        return mapper().taxonomyTerms(types, needs);
    }

    // ---------------------------------------------------------------- everything

    /**
     * The whole directory the caller may see as one JSON document: organizations, services (full objects),
     * and the locations, service-at-locations, service areas and taxonomy terms they use, each listed once.
     */
    public JsonObject export() {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        List<Long> organisationIds = organisationIds(scope).getResultList();
        TypedQuery<Long> offeringQuery = em.createQuery("SELECT s.id FROM ServiceOffering s JOIN s.provider o WHERE "
                + scope.jpql() + " ORDER BY s.id", Long.class);
        scope.parameters().forEach(offeringQuery::setParameter);
        List<Long> offeringIds = offeringQuery.getResultList();

        JsonArrayBuilder organizations = Json.createArrayBuilder();
        Map<String, JsonObject> locations = new TreeMap<>();
        for (List<Long> batch : batches(organisationIds)) {
            organizations(batch).values().forEach(org -> {
                organizations.add(org);
                org.getJsonArray("locations").forEach(l -> locations.put(l.asJsonObject().getString("id"), l.asJsonObject()));
            });
        }
        JsonArrayBuilder services = Json.createArrayBuilder();
        JsonArrayBuilder serviceAtLocations = Json.createArrayBuilder();
        JsonArrayBuilder serviceAreas = Json.createArrayBuilder();
        for (List<Long> batch : batches(offeringIds)) {
            Loaded loaded = load(batch);
            for (ServiceOffering s : loaded.offerings) {
                JsonObject service = loaded.mapper.service(s, loaded.facts(s.getId()), null);
                services.add(service);
                service.getJsonArray("service_at_locations").forEach(serviceAtLocations::add);
                service.getJsonArray("service_areas").forEach(serviceAreas::add);
            }
        }
        JsonArrayBuilder terms = Json.createArrayBuilder();
        taxonomyTerms().forEach(terms::add);
        JsonArrayBuilder locationArray = Json.createArrayBuilder();
        locations.values().forEach(locationArray::add);
        return Json.createObjectBuilder()
                .add("hsds_version", "3.1")
                .add("generated", HsdsMapper.timestamp(clock.instant()))
                .add("organizations", organizations)
                .add("services", services)
                .add("locations", locationArray)
                .add("service_at_locations", serviceAtLocations)
                .add("service_areas", serviceAreas)
                .add("taxonomy_terms", terms)
                .build();
    }

    // ---------------------------------------------------------------- loading offerings in bulk

    /** Offerings with everything the export shows of them, loaded with one query per association. */
    private record Loaded(List<ServiceOffering> offerings, Map<Long, List<County>> counties,
                          Map<Long, List<NeedCode>> needs, Map<Long, List<String>> languages,
                          Map<Long, List<Credential>> credentials, Map<Long, OfferingCapacity> capacities,
                          HsdsMapper mapper) {

        OfferingFacts facts(long id) {
            return new OfferingFacts(counties.getOrDefault(id, List.of()), needs.getOrDefault(id, List.of()),
                    languages.getOrDefault(id, List.of()).stream().sorted().toList(), credentials.getOrDefault(id, List.of()), capacities.get(id));
        }
    }

    private Loaded load(List<Long> ids) {
        if (ids.isEmpty()) {
            return new Loaded(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), mapper());
        }
        Map<Long, ServiceOffering> byId = byId(em.createQuery("SELECT s FROM ServiceOffering s JOIN FETCH s.serviceType"
                        + " JOIN FETCH s.locationCounty JOIN FETCH s.provider WHERE s.id IN :ids", ServiceOffering.class)
                .setParameter("ids", ids).getResultList(), ServiceOffering::getId);
        List<ServiceOffering> offerings = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();

        Map<Long, List<County>> counties = new HashMap<>();
        em.createQuery("SELECT s.id, c FROM ServiceOffering s JOIN s.servedCounties c WHERE s.id IN :ids"
                        + " ORDER BY c.fips", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> counties.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((County) r[1]));
        Map<Long, List<NeedCode>> needs = new HashMap<>();
        em.createQuery("SELECT s.id, n FROM ServiceOffering s JOIN s.specialisedPopulations n WHERE s.id IN :ids"
                        + " ORDER BY n.code", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> needs.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((NeedCode) r[1]));
        Map<Long, List<String>> languages = new HashMap<>();
        em.createQuery("SELECT s.id, l FROM ServiceOffering s JOIN s.languages l WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> languages.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<Long, List<Credential>> credentials = new HashMap<>();
        em.createQuery("SELECT c.offering.id, c FROM Credential c WHERE c.offering.id IN :ids ORDER BY c.expiresOn, c.id",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> credentials.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Credential) r[1]));
        Map<Long, OfferingCapacity> capacities = byId(em.createQuery("SELECT c FROM OfferingCapacity c"
                        + " WHERE c.offeringId IN :ids", OfferingCapacity.class)
                .setParameter("ids", ids).getResultList(), OfferingCapacity::getOfferingId);
        return new Loaded(offerings, counties, needs, languages, credentials, capacities, mapper());
    }

    private HsdsMapper mapper() {
        return new HsdsMapper(LocalDate.now(clock));
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            batches.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        return batches;
    }
}
