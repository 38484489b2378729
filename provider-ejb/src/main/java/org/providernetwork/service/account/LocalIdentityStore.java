package org.providernetwork.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks username and password against the portal's own accounts (the embedded default's sign-in and
 * Basic authentication of the API there).
 * <p>
 * The stored hash is deliberately slow (PBKDF2, 120,000 rounds). So that an API client sending Basic on
 * every call does not pay that on every call, a password verified against it is remembered for
 * {@value #REMEMBER_SECONDS} seconds as an HMAC under a key that exists only in this process's memory;
 * a later call with the same password then costs one HMAC and one look-up of the (still active) account.
 * Nothing of the password itself is kept, and a wrong password never uses the shortcut.
 */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

    static final int REMEMBER_SECONDS = 120;
    private static final int LARGEST = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    @Inject
    private Accounts accounts;

    private record Remembered(byte[] mac, long until) {
    }

    public LocalIdentityStore() {
        new SecureRandom().nextBytes(key);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        char[] password = login.getPassword().getValue();
        byte[] mac = mac(username, password);
        Remembered remembered = verified.get(username);
        Optional<SignedInUser> user;
        if (remembered != null && remembered.until() > System.currentTimeMillis() && MessageDigest.isEqual(remembered.mac(), mac)) {
            user = accounts.byUsername(username);
        } else {
            user = accounts.authenticate(username, password);
            if (user.isPresent()) {
                if (verified.size() >= LARGEST) {
                    verified.clear();
                }
                verified.put(username, new Remembered(mac, System.currentTimeMillis() + REMEMBER_SECONDS * 1000L));
            } else {
                verified.remove(username);
            }
        }
        return user.map(u -> new CredentialValidationResult(u.username(), u.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            byte[] result = hmac.doFinal(raw);
            Arrays.fill(raw, (byte) 0);
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
