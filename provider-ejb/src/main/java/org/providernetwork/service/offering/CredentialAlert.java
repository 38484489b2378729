package org.providernetwork.service.offering;

import org.providernetwork.domain.network.CredentialKind;

import java.time.LocalDate;

/** A licence or accreditation that expires soon (or has expired), for the home-page alerts. */
public record CredentialAlert(long offeringId, String offeringName, long providerId, String providerName,
                              CredentialKind kind, String identifier, LocalDate expiresOn, long daysLeft) {

    public boolean expired() {
        return daysLeft < 0;
    }
}
