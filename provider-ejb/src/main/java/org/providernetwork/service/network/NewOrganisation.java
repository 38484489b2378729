package org.providernetwork.service.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.providernetwork.domain.network.OrganisationType;

import java.util.List;

/**
 * A request to register an organisation.
 *
 * @param region                 for a lead contractor, the code of the region it leads
 * @param regions                for a provider, codes of the regions it works in (default: its headquarters' region)
 * @param headquartersCountyFips the county of its headquarters (five-digit FIPS)
 */
public record NewOrganisation(
        @NotBlank(message = "a name is required") @Size(min = 2, max = 200, message = "a name has 2 to 200 characters") String name,
        @NotNull(message = "an organisation type is required") OrganisationType type,
        String region,
        List<String> regions,
        String headquartersCountyFips,
        @Size(max = 200) String addressLine,
        @Size(max = 100) String city,
        @Size(max = 10) String postalCode,
        @Size(max = 40) String phone,
        @Size(max = 200) String email,
        @Size(max = 200) String website) {

    public NewOrganisation {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
