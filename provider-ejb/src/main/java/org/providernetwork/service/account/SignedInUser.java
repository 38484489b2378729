package org.providernetwork.service.account;

import org.providernetwork.domain.network.OrganisationType;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in: the account (null for a user known only to the identity provider), its organisation (and the region a lead contractor leads) and its
 * role names. Serializable because the portal keeps it in the HTTP session.
 */
public record SignedInUser(Long accountId, String username, String displayName, long organisationId,
                           String organisationName, OrganisationType organisationType, String leadRegionCode,
                           Set<String> roles) implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
