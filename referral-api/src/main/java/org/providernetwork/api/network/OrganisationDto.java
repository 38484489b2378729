package org.providernetwork.api.network;

import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.network.OrganisationSummary;

import java.util.List;

/** An organisation in a directory listing. */
public record OrganisationDto(long id, String name, OrganisationType type, String leadRegion,
                              CountyRef headquartersCounty, String city, String phone, String email, boolean active,
                              List<String> regions, long offerings) {

    /** A county named by FIPS code and name. */
    public record CountyRef(String fips, String name) {

        static CountyRef of(String fips, String name) {
            return fips == null ? null : new CountyRef(fips, name);
        }
    }

    static OrganisationDto from(OrganisationSummary s) {
        return new OrganisationDto(s.id(), s.name(), s.type(), s.leadRegionCode(),
                CountyRef.of(s.headquartersCountyFips(), s.headquartersCountyName()), s.city(), s.phone(), s.email(),
                s.active(), s.regionCodes(), s.offeringCount());
    }
}
