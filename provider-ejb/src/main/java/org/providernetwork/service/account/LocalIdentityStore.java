package org.providernetwork.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;

/** Checks username and password against the portal's own accounts (the embedded default's sign-in). */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

    @Inject
    private Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<SignedInUser> user = accounts.authenticate(login.getCaller(), login.getPassword().getValue());
        return user.map(u -> new CredentialValidationResult(u.username(), u.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
