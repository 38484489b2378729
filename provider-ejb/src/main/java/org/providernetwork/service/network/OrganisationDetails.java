package org.providernetwork.service.network;

import org.providernetwork.domain.network.OrganisationType;

import java.time.Instant;
import java.util.List;

/** An organisation with its contact details and its offerings, as the directory shows it. */
public record OrganisationDetails(long id, String name, OrganisationType type, String leadRegionCode,
                                  String headquartersCountyFips, String headquartersCountyName, String addressLine,
                                  String city, String postalCode, String phone, String email, String website,
                                  boolean active, List<String> regionCodes, List<OfferingSummary> offerings,
                                  Instant createdAt, long version) {

    public OrganisationDetails {
        regionCodes = List.copyOf(regionCodes);
        offerings = List.copyOf(offerings);
    }

    /** The region codes, comma-separated, for display. */
    public String regions() {
        return String.join(", ", regionCodes);
    }

    /** One service offering of an organisation. */
    public record OfferingSummary(long id, String name, String serviceTypeCode, String serviceTypeName,
                                  String locationCountyFips, String locationCountyName, int minAge, int maxAge,
                                  String genders, int maxSiblingGroup, boolean acceptsOutOfCounty, int countiesServed) {
    }
}
