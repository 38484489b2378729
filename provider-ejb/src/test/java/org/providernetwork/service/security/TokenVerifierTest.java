package org.providernetwork.service.security;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Real RSA signatures made here with {@code java.security} (independently of the verifier's library); the
 * verifier fetches the public halves as a JWKS document from a stand-in for the provider's {@code jwks_uri}
 * that counts its fetches, and runs on a clock the test moves.
 */
class TokenVerifierTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/portal";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration MIN_REFRESH = Duration.ofSeconds(30);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys = generate();
    private final KeyPair otherKeys = generate();
    private final KeyPair rotatedKeys = generate();
    /** What the provider publishes now, by key id. */
    private final Map<String, KeyPair> published = new LinkedHashMap<>(Map.of("k1", keys));
    {
        // keys declared for the longer hashes (a key serves only the algorithm it is published for)
        published.put("k384", otherKeys);
        published.put("k512", rotatedKeys);
    }
    private final AtomicInteger fetches = new AtomicInteger();
    private boolean providerDown;
    private final MovableClock clock = new MovableClock(NOW);
    private final TokenVerifier verifier = new TokenVerifier(ISSUER, url(ISSUER + "/protocol/openid-connect/certs"),
            new Provider(), clock, TokenVerifier.DEFAULT_SKEW, MIN_REFRESH);

    @Test
    void acceptsAValidTokenAndReturnsItsClaims() throws Exception {
        JsonObject claims = verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");
        assertEquals("lead.r1", claims.getString("preferred_username"));
        assertEquals(101, claims.getInt("organisation_id"));
        verifier.verify(token("RS256", "k1", keys, claims().add("aud", Json.createArrayBuilder().add("x").add("portal-api")).build()), "portal-api");
        verifier.verify(token("RS384", "k384", otherKeys, claims().build()), "portal-api");
        verifier.verify(token("RS512", "k512", rotatedKeys, claims().build()), "portal-api");
        verifier.verify(token("RS256", "k1", keys, claims().add("aud", "portal").build()), "portal");
        verifier.verify(headerToken(header("RS256", "k1").remove("typ"), keys, claims().build()), "portal-api");
        assertEquals(1, fetches.get(), "the key set is fetched once and kept");
        assertRefused("signed with an unknown key", token("RS512", "k1", keys, claims().build()));
    }

    @Test
    void refusesTamperedUnsignedAndForeignTokens() {
        String valid = token("RS256", "k1", keys, claims().build());
        String[] parts = valid.split("\\.");
        String otherPayload = B64.encodeToString(claims().add("organisation_id", 1).build().toString().getBytes(StandardCharsets.UTF_8));
        assertRefused("bad signature", parts[0] + "." + otherPayload + "." + parts[2]);
        assertRefused("bad signature", token("RS256", "k1", otherKeys, claims().build()));
        assertRefused("algorithm 'none' is not accepted", B64.encodeToString("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes()) + "." + parts[1] + ".");
        assertRefused("algorithm 'HS256' is not accepted", B64.encodeToString("{\"alg\":\"HS256\",\"kid\":\"k1\"}".getBytes()) + "." + parts[1] + "." + parts[2]);
        assertRefused("algorithm 'ES256' is not accepted", B64.encodeToString("{\"alg\":\"ES256\",\"kid\":\"k1\"}".getBytes()) + "." + parts[1] + "." + parts[2]);
        assertRefused("signed with an unknown key", token("RS256", "k2", otherKeys, claims().build()));
        assertRefused("not a JSON Web Token", "abc.def");
        assertRefused("not a JSON Web Token", "abc.def.ghi");
        assertRefused("no token", " ");
    }

    @Test
    void refusesTokensOfAnotherTypeAndUnderstoodCriticalHeadersOnly() {
        assertRefused("JOSE header typ (type) secevent+jwt not allowed",
                headerToken(header("RS256", "k1").add("typ", "secevent+jwt"), keys, claims().build()));
        // a critical header parameter the verifier does not understand makes the signature unacceptable
        assertRefused("bad signature", headerToken(header("RS256", "k1").add("crit", Json.createArrayBuilder().add("portal-ext"))
                .add("portal-ext", true), keys, claims().build()));
    }

    @Test
    void refusesTheWrongIssuerAudienceOrTime() throws Exception {
        assertRefused("JWT iss claim value rejected",
                token("RS256", "k1", keys, claims().add("iss", "http://127.0.0.1:8180/realms/elsewhere").build()));
        assertRefused("JWT missing required claims: [iss]", token("RS256", "k1", keys, claims().remove("iss").build()));
        assertRefused("JWT aud claim rejected", token("RS256", "k1", keys, claims().add("aud", "account").build()));
        assertRefused("JWT missing required aud claim", token("RS256", "k1", keys, claims().remove("aud").build()));
        assertRefused("expired", token("RS256", "k1", keys, claims().add("exp", NOW.minusSeconds(11).getEpochSecond()).build()));
        assertRefused("JWT missing required claims: [exp]", token("RS256", "k1", keys, claims().remove("exp").build()));
        assertRefused("JWT before use time", token("RS256", "k1", keys, claims().add("nbf", NOW.plusSeconds(20).getEpochSecond()).build()));
        // within the configured allowance of ten seconds
        verifier.verify(token("RS256", "k1", keys, claims().add("exp", NOW.minusSeconds(9).getEpochSecond()).build()), "portal-api");
        verifier.verify(token("RS256", "k1", keys, claims().add("nbf", NOW.plusSeconds(9).getEpochSecond()).build()), "portal-api");

        String fresh = token("RS256", "k1", keys, claims().build());
        verifier.verify(fresh, "portal-api");
        clock.move(Duration.ofSeconds(300 + 11));
        assertRefused("expired", fresh);
    }

    @Test
    void anUnknownKeyIdFetchesTheKeySetAgainAndAcceptsTheRotatedKey() throws Exception {
        verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");
        assertEquals(1, fetches.get());

        published.put("k2", rotatedKeys);
        clock.move(Duration.ofSeconds(1));
        JsonObject claims = verifier.verify(token("RS256", "k2", rotatedKeys, claims().build()), "portal-api");
        assertEquals("lead.r1", claims.getString("preferred_username"));
        assertEquals(2, fetches.get(), "the unknown key id made the verifier fetch the key set again");
        verifier.verify(token("RS256", "k2", rotatedKeys, claims().build()), "portal-api");
        verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");
        assertEquals(2, fetches.get(), "both keys are now known");

        // the provider drops the old key: tokens signed with it are refused once the cached set has expired
        published.remove("k1");
        clock.move(TokenVerifier.KEY_SET_LIFETIME);
        assertRefused("signed with an unknown key", token("RS256", "k1", keys, claims().build()));
        verifier.verify(token("RS256", "k2", rotatedKeys, claims().build()), "portal-api");
    }

    @Test
    void unknownKeyIdsFetchTheKeySetAtMostTwicePerInterval() throws Exception {
        verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");
        for (int i = 0; i < 20; i++) {
            assertRefused("signed with an unknown key", token("RS256", "made-up-" + i, otherKeys, claims().build()));
        }
        assertEquals(2, fetches.get(), "twenty unknown key ids within the interval: one fetch besides the first");

        published.put("k3", otherKeys);
        assertRefused("signed with an unknown key", token("RS256", "k3", otherKeys, claims().build()));
        assertEquals(2, fetches.get(), "still within the interval: no fetch, even for a key the provider now has");
        verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");

        clock.move(MIN_REFRESH);
        verifier.verify(token("RS256", "k3", otherKeys, claims().build()), "portal-api");
        assertEquals(3, fetches.get(), "the next interval allows a fetch again");
    }

    @Test
    void anUnreachableProviderRefusesTokensWithoutAnError() throws Exception {
        providerDown = true;
        assertRefused("the identity provider's keys cannot be read", token("RS256", "k1", keys, claims().build()));
        providerDown = false;
        clock.move(MIN_REFRESH);
        verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");
    }

    @Test
    void whileTheProviderIsUnreachableTheLastKeySetItPublishedServesOn() throws Exception {
        verifier.verify(token("RS256", "k1", keys, claims().build()), "portal-api");
        providerDown = true;
        clock.move(TokenVerifier.KEY_SET_LIFETIME.plusSeconds(1));
        verifier.verify(token("RS256", "k1", keys, claims().add("exp", clock.instant().plusSeconds(60).getEpochSecond()).build()),
                "portal-api");
        clock.move(TokenVerifier.KEY_SET_LIFETIME.multipliedBy(10));
        assertRefused("the identity provider's keys cannot be read",
                token("RS256", "k1", keys, claims().add("exp", clock.instant().plusSeconds(60).getEpochSecond()).build()));
    }

    @Test
    void theRefreshIntervalMustBeShorterThanTheKeySetLifetime() {
        assertThrows(IllegalArgumentException.class, () -> new TokenVerifier(ISSUER, url(ISSUER), new Provider(), clock,
                TokenVerifier.DEFAULT_SKEW, TokenVerifier.KEY_SET_LIFETIME));
        assertThrows(IllegalArgumentException.class, () -> new TokenVerifier(ISSUER, url(ISSUER), new Provider(), clock,
                TokenVerifier.DEFAULT_SKEW, Duration.ofSeconds(-1)));
    }

    @Test
    void pkceChallengeFollowsTheSpecificationExample() {
        // RFC 7636, appendix B
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                IdentityProvider.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    private void assertRefused(String reason, String token) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(token, "portal-api"));
        assertEquals(reason, e.getMessage());
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("aud", "portal-api").add("sub", "u-1")
                .add("preferred_username", "lead.r1").add("organisation_id", 101)
                .add("groups", Json.createArrayBuilder().add("regional-lead"))
                .add("iat", NOW.getEpochSecond()).add("exp", NOW.plusSeconds(300).getEpochSecond());
    }

    private static JsonObjectBuilder header(String alg, String kid) {
        return Json.createObjectBuilder().add("alg", alg).add("kid", kid).add("typ", "JWT");
    }

    private static String token(String alg, String kid, KeyPair signer, JsonObject claims) {
        return headerToken(header(alg, kid), signer, claims);
    }

    private static String headerToken(JsonObjectBuilder headerBuilder, KeyPair signer, JsonObject claims) {
        JsonObject h = headerBuilder.build();
        String javaAlgorithm = switch (h.getString("alg")) {
            case "RS384" -> "SHA384withRSA";
            case "RS512" -> "SHA512withRSA";
            default -> "SHA256withRSA";
        };
        String header = B64.encodeToString(h.toString().getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance(javaAlgorithm);
            signature.initSign(signer.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's {@code jwks_uri}: the published public keys, plus an encryption key the verifier must ignore. */
    private final class Provider implements ResourceRetriever {
        @Override
        public Resource retrieveResource(URL url) throws IOException {
            if (providerDown) {
                throw new IOException("connection refused");
            }
            fetches.incrementAndGet();
            JsonArrayBuilder jwks = Json.createArrayBuilder();
            published.forEach((kid, pair) -> jwks.add(jwk((RSAPublicKey) pair.getPublic(), kid, "sig",
                    kid.matches("k\\d{3}") ? "RS" + kid.substring(1) : "RS256")));
            jwks.add(jwk((RSAPublicKey) otherKeys.getPublic(), "enc-1", "enc", "RSA-OAEP"));
            return new Resource(Json.createObjectBuilder().add("keys", jwks).build().toString(), "application/json");
        }
    }

    private static JsonObject jwk(RSAPublicKey key, String kid, String use, String alg) {
        return Json.createObjectBuilder().add("kty", "RSA").add("use", use).add("kid", kid).add("alg", alg)
                .add("n", B64.encodeToString(unsigned(key.getModulus())))
                .add("e", B64.encodeToString(unsigned(key.getPublicExponent()))).build();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
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

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
