package org.providernetwork.service.network;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The figures on the home pages: the statewide network, one region's network. */
@Stateless
public class NetworkOverview {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ReferenceData reference;

    /** One region in the statewide table. */
    public record RegionFigures(String code, String name, String leadName, int counties, long providers,
                                long offerings) {
    }

    /** The whole state. */
    public record StateFigures(long leads, long localProviders, long statewideProviders, long offerings,
                               int counties, List<RegionFigures> regions) {

        public long providers() {
            return localProviders + statewideProviders;
        }
    }

    /** How many offerings of one service type a region has. */
    public record ServiceTypeFigure(String code, String name, long offerings) {
    }

    /** One region, for its lead. */
    public record RegionOverview(String code, String name, String leadName, List<CountyView> counties,
                                 long localProviders, long statewideProviders, long offerings,
                                 List<ServiceTypeFigure> offeringsByType) {
    }

    public StateFigures state() {
        Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
        em.createQuery("SELECT o.type, COUNT(o) FROM Organisation o WHERE o.active = TRUE GROUP BY o.type", Object[].class)
                .getResultList().forEach(r -> byType.put((OrganisationType) r[0], (Long) r[1]));
        long offerings = em.createQuery("SELECT COUNT(s) FROM ServiceOffering s WHERE s.active = TRUE", Long.class)
                .getSingleResult();
        Map<String, Long> providersPerRegion = new HashMap<>();
        em.createQuery("SELECT r.code, COUNT(o) FROM Organisation o JOIN o.serviceRegions r"
                        + " WHERE o.active = TRUE AND o.type IN :types GROUP BY r.code", Object[].class)
                .setParameter("types", List.of(OrganisationType.LOCAL_PROVIDER, OrganisationType.STATEWIDE_PROVIDER))
                .getResultList().forEach(r -> providersPerRegion.put((String) r[0], (Long) r[1]));
        Map<String, Long> offeringsPerRegion = new HashMap<>();
        em.createQuery("SELECT c.region.code, COUNT(s) FROM ServiceOffering s JOIN s.locationCounty c"
                        + " WHERE s.active = TRUE GROUP BY c.region.code", Object[].class)
                .getResultList().forEach(r -> offeringsPerRegion.put((String) r[0], (Long) r[1]));
        Map<String, String> leads = leadNames();
        List<RegionFigures> regions = reference.regions().stream()
                .map(r -> new RegionFigures(r.code(), r.name(), leads.get(r.code()), r.countyCount(),
                        providersPerRegion.getOrDefault(r.code(), 0L), offeringsPerRegion.getOrDefault(r.code(), 0L)))
                .toList();
        return new StateFigures(byType.getOrDefault(OrganisationType.LEAD_CONTRACTOR, 0L),
                byType.getOrDefault(OrganisationType.LOCAL_PROVIDER, 0L),
                byType.getOrDefault(OrganisationType.STATEWIDE_PROVIDER, 0L), offerings,
                reference.counties(null).size(), regions);
    }

    public RegionOverview region(String regionCode) {
        RegionView region = reference.region(regionCode).orElseThrow(() -> new NotFoundException("region", regionCode));
        Map<OrganisationType, Long> providers = new EnumMap<>(OrganisationType.class);
        em.createQuery("SELECT o.type, COUNT(o) FROM Organisation o JOIN o.serviceRegions r"
                        + " WHERE r.code = :region AND o.active = TRUE AND o.type IN :types GROUP BY o.type", Object[].class)
                .setParameter("region", region.code())
                .setParameter("types", List.of(OrganisationType.LOCAL_PROVIDER, OrganisationType.STATEWIDE_PROVIDER))
                .getResultList().forEach(r -> providers.put((OrganisationType) r[0], (Long) r[1]));
        List<ServiceTypeFigure> byType = em.createQuery("SELECT t.code, t.name, COUNT(s) FROM ServiceOffering s"
                        + " JOIN s.serviceType t JOIN s.locationCounty c WHERE c.region.code = :region AND s.active = TRUE"
                        + " GROUP BY t.code, t.name ORDER BY t.name", Object[].class)
                .setParameter("region", region.code())
                .getResultList().stream()
                .map(r -> new ServiceTypeFigure((String) r[0], (String) r[1], (Long) r[2]))
                .toList();
        long offerings = byType.stream().mapToLong(ServiceTypeFigure::offerings).sum();
        return new RegionOverview(region.code(), region.name(), leadNames().get(region.code()),
                reference.counties(region.code()), providers.getOrDefault(OrganisationType.LOCAL_PROVIDER, 0L),
                providers.getOrDefault(OrganisationType.STATEWIDE_PROVIDER, 0L), offerings, byType);
    }

    private Map<String, String> leadNames() {
        Map<String, String> leads = new HashMap<>();
        em.createQuery("SELECT r.code, o.name FROM Organisation o JOIN o.leadRegion r"
                        + " WHERE o.type = :lead AND o.active = TRUE ORDER BY o.id", Object[].class)
                .setParameter("lead", OrganisationType.LEAD_CONTRACTOR)
                .getResultList().forEach(r -> leads.putIfAbsent((String) r[0], (String) r[1]));
        return leads;
    }
}
