package org.providernetwork.service.export;

import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.Credential;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;

import java.util.List;

/**
 * What the export needs of one offering beyond its own columns, loaded for many offerings at once.
 *
 * @param capacity {@code null} when the offering has no capacity row
 */
public record OfferingFacts(List<County> servedCounties, List<NeedCode> needs, List<String> languages,
                            List<Credential> credentials, OfferingCapacity capacity) {

    public OfferingFacts {
        servedCounties = List.copyOf(servedCounties);
        needs = List.copyOf(needs);
        languages = List.copyOf(languages);
        credentials = List.copyOf(credentials);
    }
}
