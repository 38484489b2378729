package org.providernetwork.service.account;

import org.providernetwork.domain.network.OrganisationType;

import java.time.Instant;
import java.util.List;

/** A user account as other people of the network see it (never its password hash). */
public record PersonView(long id, String username, String displayName, String email, long organisationId,
                         String organisationName, OrganisationType organisationType, List<String> roles,
                         boolean active, Instant lastLoginAt) {

    public PersonView {
        roles = List.copyOf(roles);
    }

    /** The role names, comma-separated, for display. */
    public String rolesText() {
        return String.join(", ", roles);
    }
}
