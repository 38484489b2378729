package org.providernetwork.service.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real RS256 signatures made with a key generated here; the verifier is given its public half as a JWKS. */
class TokenVerifierTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/portal";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys = generate();
    private final KeyPair otherKeys = generate();
    private final AtomicInteger fetches = new AtomicInteger();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TokenVerifier verifier = new TokenVerifier(ISSUER, new JsonWebKeys(() -> {
        fetches.incrementAndGet();
        return jwks((RSAPublicKey) keys.getPublic(), "k1");
    }, clock), clock);

    @Test
    void acceptsAValidTokenAndReturnsItsClaims() throws Exception {
        JsonObject claims = verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");
        assertEquals("lead.r1", claims.getString("preferred_username"));
        assertEquals(101, claims.getInt("organisation_id"));
        verifier.verify(token("RS256", "k1", keys, claims().add("aud", Json.createArrayBuilder().add("x").add("portal-api")).build()), "portal-api");
        assertEquals(1, fetches.get(), "keys are fetched once and kept");
    }

    @Test
    void refusesTamperedUnsignedAndForeignTokens() {
        String valid = token("RS256", "k1", keys, claims().build());
        String[] parts = valid.split("\\.");
        String otherPayload = B64.encodeToString(claims().add("organisation_id", 1).build().toString().getBytes(StandardCharsets.UTF_8));
        assertRefused("bad signature", parts[0] + "." + otherPayload + "." + parts[2]);
        assertRefused("algorithm 'none' is not accepted", B64.encodeToString("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes()) + "." + parts[1] + ".");
        assertRefused("algorithm 'HS256' is not accepted", B64.encodeToString("{\"alg\":\"HS256\",\"kid\":\"k1\"}".getBytes()) + "." + parts[1] + "." + parts[2]);
        assertRefused("bad signature", token("RS256", "k1", otherKeys, claims().build()));
        assertRefused("signed with an unknown key", token("RS256", "k2", otherKeys, claims().build()));
        assertRefused("not a signed token (three parts expected)", "abc.def");
        assertRefused("not a JSON Web Token", "abc.def.ghi");
    }

    @Test
    void refusesTheWrongIssuerAudienceOrTime() {
        assertRefused("issued by 'http://127.0.0.1:8180/realms/elsewhere', not the configured issuer",
                token("RS256", "k1", keys, claims().add("iss", "http://127.0.0.1:8180/realms/elsewhere").build()));
        assertRefused("not meant for audience 'portal-api'", token("RS256", "k1", keys, claims().add("aud", "account").build()));
        assertRefused("expired", token("RS256", "k1", keys, claims().add("exp", NOW.minusSeconds(11).getEpochSecond()).build()));
        assertRefused("not valid yet", token("RS256", "k1", keys, claims().add("nbf", NOW.plusSeconds(20).getEpochSecond()).build()));
    }

    @Test
    void pkceChallengeFollowsTheSpecificationExample() {
        // RFC 7636, appendix B
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                IdentityProvider.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    private void assertRefused(String reason, String token) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(token, "portal-api"));
        assertTrue(e.getMessage().equals(reason), e.getMessage());
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("aud", "portal-api").add("sub", "u-1")
                .add("preferred_username", "lead.r1").add("organisation_id", 101)
                .add("groups", Json.createArrayBuilder().add("regional-lead"))
                .add("iat", NOW.getEpochSecond()).add("exp", NOW.plusSeconds(300).getEpochSecond());
    }

    private static String token(String alg, String kid, KeyPair signer, JsonObject claims) {
        String header = B64.encodeToString(("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signer.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwks(RSAPublicKey key, String kid) {
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("kid", kid).add("alg", "RS256")
                .add("n", B64.encodeToString(unsigned(key.getModulus())))
                .add("e", B64.encodeToString(unsigned(key.getPublicExponent()))))).build().toString();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
