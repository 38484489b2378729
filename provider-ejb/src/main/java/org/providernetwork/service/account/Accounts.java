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

import java.time.Clock;
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
        account.get().recordLogin(clock.instant());
        return account.map(Accounts::describe);
    }

    /** The user behind a username that was authenticated elsewhere (the session, the identity provider). */
    public Optional<SignedInUser> byUsername(String username) {
        return account(username).filter(UserAccount::isActive).map(Accounts::describe);
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
