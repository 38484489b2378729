package org.providernetwork.domain.network;

import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.referral.RiskLevel;

import java.util.Collection;
import java.util.List;

/**
 * Everything a provider says about one of its offerings: name and description, where it is and which
 * counties it serves, whom it serves (and the safety risk levels it accepts: every level when {@code null}),
 * languages, and the licences and accreditations it holds. {@link ServiceOffering} checks it.
 */
public record OfferingProfile(String name, String description, County location, Collection<County> servedCounties,
                              Collection<NeedCode> specialisedPopulations, AgeRange ageRange, GendersServed genders,
                              int maxSiblingGroup, boolean acceptsOutOfCounty, Collection<String> languages,
                              List<Credential.Terms> credentials, Collection<RiskLevel> acceptedRisks) {

    /** A profile that accepts every risk level. */
    public OfferingProfile(String name, String description, County location, Collection<County> servedCounties,
                           Collection<NeedCode> specialisedPopulations, AgeRange ageRange, GendersServed genders,
                           int maxSiblingGroup, boolean acceptsOutOfCounty, Collection<String> languages,
                           List<Credential.Terms> credentials) {
        this(name, description, location, servedCounties, specialisedPopulations, ageRange, genders, maxSiblingGroup,
                acceptsOutOfCounty, languages, credentials, null);
    }

    public OfferingProfile {
        servedCounties = servedCounties == null ? List.of() : List.copyOf(servedCounties);
        specialisedPopulations = specialisedPopulations == null ? List.of() : List.copyOf(specialisedPopulations);
        languages = languages == null ? List.of() : List.copyOf(languages);
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
        // kept as given (an empty list too): the offering refuses an empty one by field
        acceptedRisks = acceptedRisks == null ? RiskLevel.all() : java.util.Collections.unmodifiableCollection(
                new java.util.ArrayList<>(acceptedRisks));
    }
}
