package org.providernetwork.service.network;

import org.providernetwork.domain.network.OrganisationType;

/**
 * What a directory search may filter on; every part is optional.
 *
 * @param name       part of the name, any case
 * @param type       the organisation type
 * @param regionCode a region the organisation works in
 * @param countyFips the county of its headquarters
 */
public record OrganisationFilter(String name, OrganisationType type, String regionCode, String countyFips) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null);
    }
}
