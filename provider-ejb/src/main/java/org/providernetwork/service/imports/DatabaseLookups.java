package org.providernetwork.service.imports;

import jakarta.persistence.EntityManager;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the validator asks, answered from reference data and a few queries: each asks for one chunk of
 * names or ids at a time, never one query per row.
 */
final class DatabaseLookups implements ImportLookups {

    private static final int CHUNK = 500;

    private final EntityManager em;
    private final ReferenceData reference;
    private final Map<String, CountyView> countiesByName;
    private final Set<String> serviceTypes;
    private final Set<String> needCodes;

    DatabaseLookups(EntityManager em, ReferenceData reference) {
        this.em = em;
        this.reference = reference;
        this.countiesByName = reference.counties(null).stream()
                .collect(Collectors.toMap(c -> countyName(c.name()), Function.identity(), (a, b) -> a));
        this.serviceTypes = reference.serviceTypes().stream().map(t -> t.code()).collect(Collectors.toSet());
        this.needCodes = reference.needCodes().stream().map(n -> n.code()).collect(Collectors.toSet());
    }

    private static String countyName(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+county$", "").replaceAll("\\s+", " ");
    }

    @Override
    public Optional<CountyRef> county(String fipsOrName) {
        String value = fipsOrName == null ? "" : fipsOrName.trim();
        Optional<CountyView> county = value.matches("\\d{5}") ? reference.county(value)
                : Optional.ofNullable(countiesByName.get(countyName(value)));
        return county.map(c -> new CountyRef(c.fips(), c.name(), c.regionCode()));
    }

    @Override
    public boolean regionExists(String code) {
        return reference.region(code).isPresent();
    }

    @Override
    public boolean serviceTypeExists(String code) {
        return serviceTypes.contains(code);
    }

    @Override
    public boolean needCodeExists(String code) {
        return needCodes.contains(code);
    }

    @Override
    public Map<String, ExistingOrganisation> organisationsByNameKey(Collection<String> nameKeys) {
        Map<String, ExistingOrganisation> result = new HashMap<>();
        for (List<String> chunk : chunks(nameKeys)) {
            organisations("o.nameKey IN :values", chunk).forEach((id, o) -> result.put(
                    org.providernetwork.domain.network.Organisation.nameKey(o.name()), o));
        }
        return result;
    }

    @Override
    public Map<Long, ExistingOrganisation> organisationsById(Collection<Long> ids) {
        Map<Long, ExistingOrganisation> result = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            result.putAll(organisations("o.id IN :values", chunk));
        }
        return result;
    }

    private Map<Long, ExistingOrganisation> organisations(String condition, List<?> values) {
        Map<Long, Object[]> rows = new HashMap<>();
        em.createQuery("SELECT o.id, o.name, o.type FROM Organisation o WHERE " + condition, Object[].class)
                .setParameter("values", values).getResultList().forEach(r -> rows.put((Long) r[0], r));
        Map<Long, Set<String>> regions = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("SELECT o.id, r.code FROM Organisation o JOIN o.serviceRegions r WHERE o.id IN :ids",
                            Object[].class)
                    .setParameter("ids", List.copyOf(rows.keySet())).getResultList()
                    .forEach(r -> regions.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]));
        }
        Map<Long, ExistingOrganisation> result = new HashMap<>();
        rows.forEach((id, r) -> result.put(id, new ExistingOrganisation(id, (String) r[1], (OrganisationType) r[2],
                Set.copyOf(regions.getOrDefault(id, Set.of())))));
        return result;
    }

    @Override
    public List<ExistingOffering> offeringsOf(Collection<Long> providerIds) {
        List<ExistingOffering> result = new ArrayList<>();
        for (List<Long> chunk : chunks(providerIds)) {
            result.addAll(offerings("s.provider.id IN :values", chunk));
        }
        return result;
    }

    @Override
    public Map<Long, ExistingOffering> offeringsById(Collection<Long> ids) {
        Map<Long, ExistingOffering> result = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            offerings("s.id IN :values", chunk).forEach(o -> result.put(o.id(), o));
        }
        return result;
    }

    private List<ExistingOffering> offerings(String condition, List<?> values) {
        return em.createQuery("SELECT s.id, s.provider.id, s.name FROM ServiceOffering s WHERE " + condition,
                        Object[].class)
                .setParameter("values", values).getResultList().stream()
                .map(r -> new ExistingOffering((Long) r[0], (Long) r[1], (String) r[2])).toList();
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
