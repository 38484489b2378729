package org.providernetwork.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.PasswordHash;
import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.account.UserAccount;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.shared.InvalidInputException;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Local accounts: password checks and the description of a signed-in user. */
@Stateless
public class Accounts {

    /** Hashed once so that an unknown username costs as much time as a wrong password. */
    private static final String DECOY_HASH = PasswordHash.hash("decoy-password".toCharArray());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The user, when the username exists, is active, has a local password and the password matches. */
    public Optional<SignedInUser> authenticate(String username, char[] password) {
        Optional<UserAccount> account = account(username);
        if (account.isEmpty()) {
            PasswordHash.verify(password, DECOY_HASH);
            return Optional.empty();
        }
        if (!account.get().passwordMatches(password)) {
            return Optional.empty();
        }
        return account.map(Accounts::describe);
    }

    /** Notes that the account signed in to the portal (a browser session, not each API call). */
    public void recordSignIn(String username) {
        account(username).ifPresent(a -> a.recordLogin(clock.instant()));
    }

    /** The user behind a username that was authenticated elsewhere (the session, the identity provider). */
    public Optional<SignedInUser> byUsername(String username) {
        return account(username).filter(UserAccount::isActive).map(Accounts::describe);
    }

    /**
     * The user an identity provider's token describes: its {@code preferred_username}, the organisation in
     * its {@code organisation_id} claim and the portal roles in its {@code groups} claim. Roles that do not
     * fit the organisation's type are refused outright, as are unknown organisations: such a token signs
     * nobody in.
     */
    public Optional<SignedInUser> fromClaims(JsonObject claims) {
        String username = claims.getString("preferred_username", claims.getString("sub", null));
        Long organisationId = longClaim(claims.get("organisation_id"));
        if (username == null || organisationId == null) {
            return Optional.empty();
        }
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null || !org.isActive()) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        JsonValue groups = claims.get("groups");
        if (groups != null && groups.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue group : groups.asJsonArray()) {
                if (group instanceof JsonString name) {
                    for (PortalRole role : PortalRole.values()) {
                        if (role.getCode().equals(name.getString())) {
                            if (!role.fits(org.getType())) {
                                return Optional.empty();
                            }
                            roles.add(role.getCode());
                        }
                    }
                }
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        Long accountId = account(username).map(UserAccount::getId).orElse(null);
        String display = claims.getString("name", username);
        return Optional.of(new SignedInUser(accountId, username, display, org.getId(), org.getName(), org.getType(),
                org.getLeadRegion() == null ? null : org.getLeadRegion().getCode(), roles));
    }

    private static Long longClaim(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value instanceof JsonString text) {
            try {
                return Long.parseLong(text.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private Optional<UserAccount> account(String username) {
        String normalised;
        try {
            normalised = UserAccount.normaliseUsername(username);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        List<UserAccount> found = em.createQuery("SELECT a FROM UserAccount a JOIN FETCH a.organisation"
                        + " WHERE a.username = :username", UserAccount.class)
                .setParameter("username", normalised).getResultList();
        return found.stream().findFirst();
    }

    private static SignedInUser describe(UserAccount account) {
        Organisation org = account.getOrganisation();
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(), org.getId(),
                org.getName(), org.getType(), org.getLeadRegion() == null ? null : org.getLeadRegion().getCode(),
                account.getRoles().stream().map(PortalRole::getCode).collect(Collectors.toSet()));
    }
}
