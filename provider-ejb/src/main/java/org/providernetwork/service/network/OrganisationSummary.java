package org.providernetwork.service.network;

import org.providernetwork.domain.network.OrganisationType;

import java.util.List;

/** One row of the network directory. */
public record OrganisationSummary(long id, String name, OrganisationType type, String leadRegionCode,
                                  String headquartersCountyFips, String headquartersCountyName, String city,
                                  String phone, String email, boolean active, List<String> regionCodes,
                                  long offeringCount) {

    public OrganisationSummary {
        regionCodes = List.copyOf(regionCodes);
    }

    /** The region codes, comma-separated, for display. */
    public String regions() {
        return String.join(", ", regionCodes);
    }

    public String typeLabel() {
        return type.getLabel();
    }
}
