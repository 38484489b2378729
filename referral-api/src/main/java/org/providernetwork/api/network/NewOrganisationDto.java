package org.providernetwork.api.network;

import java.util.List;

/**
 * A request to register an organisation. Its rules (name required, lengths, a known county and region)
 * are checked once, by the service that registers it; their messages name these fields.
 *
 * @param type                   LEAD_CONTRACTOR, LOCAL_PROVIDER or STATEWIDE_PROVIDER
 * @param region                 for a lead contractor: the code of the region it leads
 * @param regions                for a provider: codes of the regions it works in (default: its headquarters' region)
 * @param headquartersCountyFips five-digit FIPS code of the county of its headquarters
 */
public record NewOrganisationDto(String name, String type, String region, List<String> regions,
                                 String headquartersCountyFips, String addressLine, String city, String postalCode,
                                 String phone, String email, String website) {
}
