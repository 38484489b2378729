package org.providernetwork.domain.demo;

import java.util.Comparator;
import java.util.List;

/** The reference data the generator draws from, as plain values (no entities, no database). */
public record DemoReference(List<RegionRef> regions, List<CountyRef> counties, List<ServiceTypeRef> serviceTypes,
                            List<String> needCodes) {

    public record RegionRef(String code, String name) {
    }

    public record CountyRef(String fips, String name, String regionCode, double latitude, double longitude) {
    }

    public record ServiceTypeRef(String code, String name, boolean statewide, boolean placement) {
    }

    public DemoReference {
        regions = regions.stream().sorted(Comparator.comparing(RegionRef::code)).toList();
        counties = counties.stream().sorted(Comparator.comparing(CountyRef::fips)).toList();
        serviceTypes = serviceTypes.stream().sorted(Comparator.comparing(ServiceTypeRef::code)).toList();
        needCodes = needCodes.stream().sorted().toList();
    }

    public List<CountyRef> countiesOf(String regionCode) {
        return counties.stream().filter(c -> regionCode.equals(c.regionCode())).toList();
    }
}
