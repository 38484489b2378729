package org.providernetwork.domain.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = PasswordHash.hash("s3cret!".toCharArray(), 1_000);
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(PasswordHash.verify("s3cret!".toCharArray(), hash));
        assertFalse(PasswordHash.verify("s3cret".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHash.hash("same".toCharArray(), 1_000), PasswordHash.hash("same".toCharArray(), 1_000));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(PasswordHash.verify("x".toCharArray(), null));
        assertFalse(PasswordHash.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHash.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(PasswordHash.verify("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }
}
