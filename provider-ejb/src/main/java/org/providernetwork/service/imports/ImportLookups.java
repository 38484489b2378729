package org.providernetwork.service.imports;

import org.providernetwork.domain.network.OrganisationType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What validating an import file needs to know of reference data and of the network as it stands. */
public interface ImportLookups {

    /** A known county and the region it belongs to. */
    record CountyRef(String fips, String name, String regionCode) {
    }

    /** An organisation already in the network. */
    record ExistingOrganisation(long id, String name, OrganisationType type, Set<String> regionCodes) {
    }

    /** An offering already in the network. */
    record ExistingOffering(long id, long providerId, String name) {
    }

    /** A county by its five-digit FIPS code or its name (any case, with or without "County"). */
    Optional<CountyRef> county(String fipsOrName);

    boolean regionExists(String code);

    boolean serviceTypeExists(String code);

    boolean needCodeExists(String code);

    /** Organisations by {@link org.providernetwork.domain.network.Organisation#nameKey name key}. */
    Map<String, ExistingOrganisation> organisationsByNameKey(Collection<String> nameKeys);

    Map<Long, ExistingOrganisation> organisationsById(Collection<Long> ids);

    /** The offerings of the given providers. */
    List<ExistingOffering> offeringsOf(Collection<Long> providerIds);

    Map<Long, ExistingOffering> offeringsById(Collection<Long> ids);
}
