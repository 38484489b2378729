package org.providernetwork.service.reference;

/** Read-only views of reference data handed to the portal and the API. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    public record RegionView(long id, String code, String name, int countyCount) {
    }

    public record CountyView(String fips, String name, double latitude, double longitude, Long regionId,
                             String regionCode, String regionName) {
    }

    /** A service type; {@code levelOfCare} is null for a service that places no child. */
    public record ServiceTypeView(long id, String code, String name, String category, boolean statewide,
                                  boolean placement, String description,
                                  org.providernetwork.domain.reference.LevelOfCare levelOfCare) {
    }

    public record NeedCodeView(long id, String code, String name, String description) {
    }
}
