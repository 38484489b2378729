package org.providernetwork.service.reference;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.NeedCodeView;
import org.providernetwork.service.reference.ReferenceViews.RegionView;
import org.providernetwork.service.reference.ReferenceViews.ServiceTypeView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reference data as the portal and the API read it. It only changes through migrations, which run
 * before the application serves anything, so it is read once and kept.
 */
@Singleton
@Lock(LockType.READ)
public class ReferenceData {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    private volatile Snapshot snapshot;

    private record Snapshot(List<RegionView> regions, List<CountyView> counties, Map<String, CountyView> countyByFips,
                            Map<String, RegionView> regionByCode, List<ServiceTypeView> serviceTypes,
                            List<NeedCodeView> needCodes) {
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        List<County> counties = em.createQuery("SELECT c FROM County c LEFT JOIN FETCH c.region ORDER BY c.name",
                County.class).getResultList();
        Map<Long, Long> countiesPerRegion = counties.stream().filter(c -> c.getRegion() != null)
                .collect(Collectors.groupingBy(c -> c.getRegion().getId(), Collectors.counting()));
        List<RegionView> regions = em.createQuery("SELECT r FROM Region r ORDER BY r.code", Region.class)
                .getResultList().stream()
                .map(r -> new RegionView(r.getId(), r.getCode(), r.getName(),
                        countiesPerRegion.getOrDefault(r.getId(), 0L).intValue()))
                .toList();
        List<CountyView> countyViews = counties.stream().map(c -> new CountyView(c.getFips(), c.getName(),
                c.getCentroid().getLatitude(), c.getCentroid().getLongitude(),
                c.getRegion() == null ? null : c.getRegion().getId(),
                c.getRegion() == null ? null : c.getRegion().getCode(),
                c.getRegion() == null ? null : c.getRegion().getName())).toList();
        List<ServiceTypeView> types = em.createQuery("SELECT t FROM ServiceType t ORDER BY t.id", ServiceType.class)
                .getResultList().stream()
                .map(t -> new ServiceTypeView(t.getId(), t.getCode(), t.getName(), t.getCategory(), t.isStatewide(),
                        t.isPlacement(), t.getDescription(), t.getLevelOfCare()))
                .toList();
        List<NeedCodeView> needs = em.createQuery("SELECT n FROM NeedCode n ORDER BY n.id", NeedCode.class)
                .getResultList().stream()
                .map(n -> new NeedCodeView(n.getId(), n.getCode(), n.getName(), n.getDescription()))
                .toList();
        return new Snapshot(regions, countyViews,
                countyViews.stream().collect(Collectors.toUnmodifiableMap(CountyView::fips, Function.identity())),
                regions.stream().collect(Collectors.toUnmodifiableMap(RegionView::code, Function.identity())),
                types, needs);
    }

    public List<RegionView> regions() {
        return snapshot().regions();
    }

    public Optional<RegionView> region(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().regionByCode().get(code.trim().toUpperCase()));
    }

    /** Counties by name, optionally only those of one region. */
    public List<CountyView> counties(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return snapshot().counties();
        }
        return snapshot().counties().stream().filter(c -> regionCode.equalsIgnoreCase(c.regionCode())).toList();
    }

    public Optional<CountyView> county(String fips) {
        return Optional.ofNullable(fips == null ? null : snapshot().countyByFips().get(fips.trim()));
    }

    public List<ServiceTypeView> serviceTypes() {
        return snapshot().serviceTypes();
    }

    public List<NeedCodeView> needCodes() {
        return snapshot().needCodes();
    }

}
