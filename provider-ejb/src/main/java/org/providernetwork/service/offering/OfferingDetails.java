package org.providernetwork.service.offering;

import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.referral.RiskLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An offering in full; {@code acceptedRisks} are the safety risk levels it accepts; {@code version} is its ETag. */
public record OfferingDetails(long id, String name, String description, String serviceTypeCode, String serviceTypeName,
                              long providerId, String providerName, String locationCountyFips, String locationCountyName,
                              List<Coded> servedCounties, List<Coded> needs, List<Coded> languages, int minAge,
                              int maxAge, GendersServed genders, int maxSiblingGroup, boolean acceptsOutOfCounty,
                              Set<RiskLevel> acceptedRisks,
                              List<CredentialView> credentials, boolean active, int available, int maximum,
                              int waitlist, int reserved, int funded, boolean contracted, Instant createdAt,
                              Instant updatedAt, long version) {

    /** A code with its name (county, need, language). */
    public record Coded(String code, String name) {
    }

    /** A licence or accreditation, with how many days are left. */
    public record CredentialView(CredentialKind kind, String issuer, String identifier, LocalDate expiresOn,
                                 long daysLeft) {
    }
}
