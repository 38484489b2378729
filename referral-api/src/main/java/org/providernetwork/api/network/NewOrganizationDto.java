package org.providernetwork.api.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A request to register an organisation.
 *
 * @param type                   LEAD_CONTRACTOR, LOCAL_PROVIDER or STATEWIDE_PROVIDER
 * @param region                 for a lead contractor: the code of the region it leads
 * @param regions                for a provider: codes of the regions it works in (default: its headquarters' region)
 * @param headquartersCountyFips five-digit FIPS code of the county of its headquarters
 */
public record NewOrganizationDto(
        @NotBlank(message = "a name is required") @Size(min = 2, max = 200, message = "a name has 2 to 200 characters") String name,
        @NotBlank(message = "an organisation type is required") String type,
        String region,
        List<String> regions,
        String headquartersCountyFips,
        @Size(max = 200) String addressLine,
        @Size(max = 100) String city,
        @Size(max = 10) String postalCode,
        @Size(max = 40) String phone,
        @Size(max = 200) String email,
        @Size(max = 200) String website) {
}
