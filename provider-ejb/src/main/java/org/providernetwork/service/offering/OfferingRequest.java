package org.providernetwork.service.offering;

import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.referral.RiskLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * An offering as a provider describes it, by codes: service type code, county FIPS codes, need codes and
 * ISO 639 language codes. {@code serviceType} is only read when the offering is created. {@code acceptedRisks}:
 * the safety risk levels of the children the offering accepts, every level when absent, at least one when sent.
 */
public record OfferingRequest(String serviceType, String name, String description, String locationCounty,
                              List<String> servedCounties, List<String> needs, Integer minAge, Integer maxAge,
                              GendersServed genders, Integer maxSiblingGroup, Boolean acceptsOutOfCounty,
                              List<String> languages, List<CredentialRequest> credentials, Boolean active,
                              List<RiskLevel> acceptedRisks) {

    /** A licence or accreditation as sent. */
    public record CredentialRequest(CredentialKind kind, String issuer, String identifier, LocalDate expiresOn) {
    }
}
