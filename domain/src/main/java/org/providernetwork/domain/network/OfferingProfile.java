package org.providernetwork.domain.network;

import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;

import java.util.Collection;
import java.util.List;

/**
 * Everything a provider says about one of its offerings: name and description, where it is and which
 * counties it serves, whom it serves, languages, and the licences and accreditations it holds.
 * {@link ServiceOffering} checks it.
 */
public record OfferingProfile(String name, String description, County location, Collection<County> servedCounties,
                              Collection<NeedCode> specialisedPopulations, AgeRange ageRange, GendersServed genders,
                              int maxSiblingGroup, boolean acceptsOutOfCounty, Collection<String> languages,
                              List<Credential.Terms> credentials) {

    public OfferingProfile {
        servedCounties = servedCounties == null ? List.of() : List.copyOf(servedCounties);
        specialisedPopulations = specialisedPopulations == null ? List.of() : List.copyOf(specialisedPopulations);
        languages = languages == null ? List.of() : List.copyOf(languages);
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
    }
}
