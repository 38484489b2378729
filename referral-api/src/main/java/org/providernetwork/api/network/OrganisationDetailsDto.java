package org.providernetwork.api.network;

import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.network.OrganisationDetails;

import java.time.Instant;
import java.util.List;

/** One organisation with its contact details and offerings. */
public record OrganisationDetailsDto(long id, String name, OrganisationType type, String leadRegion,
                                     OrganisationDto.CountyRef headquartersCounty, Contact contact, boolean active,
                                     List<String> regions, List<Offering> offerings, Instant createdAt) {

    /** How to reach the organisation. */
    public record Contact(String addressLine, String city, String postalCode, String phone, String email,
                          String website) {
    }

    /** One service offering. */
    public record Offering(long id, String name, String serviceType, OrganisationDto.CountyRef location, int minAge,
                           int maxAge, String genders, int maxSiblingGroup, boolean acceptsOutOfCounty,
                           int countiesServed) {
    }

    static OrganisationDetailsDto from(OrganisationDetails d) {
        return new OrganisationDetailsDto(d.id(), d.name(), d.type(), d.leadRegionCode(),
                OrganisationDto.CountyRef.of(d.headquartersCountyFips(), d.headquartersCountyName()),
                new Contact(d.addressLine(), d.city(), d.postalCode(), d.phone(), d.email(), d.website()),
                d.active(), d.regionCodes(),
                d.offerings().stream().map(o -> new Offering(o.id(), o.name(), o.serviceTypeCode(),
                        OrganisationDto.CountyRef.of(o.locationCountyFips(), o.locationCountyName()), o.minAge(),
                        o.maxAge(), o.genders(), o.maxSiblingGroup(), o.acceptsOutOfCounty(), o.countiesServed()))
                        .toList(),
                d.createdAt());
    }
}
