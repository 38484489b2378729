package org.providernetwork.service.security;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Verifies a signed JSON Web Token from the identity provider: RS256/384/512 only (never {@code none},
 * never a shared-secret algorithm), a key the provider publishes, the expected issuer and audience, and
 * its validity period (with a small allowance for clock skew).
 */
public class TokenVerifier {

    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");
    /** The usual allowance for clocks of the identity provider and the portal that differ a little. */
    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(10);

    private final String issuer;
    private final JsonWebKeys keys;
    private final Clock clock;
    private final Duration skew;

    public TokenVerifier(String issuer, JsonWebKeys keys, Clock clock) {
        this(issuer, keys, clock, DEFAULT_SKEW);
    }

    public TokenVerifier(String issuer, JsonWebKeys keys, Clock clock, Duration skew) {
        this.issuer = issuer;
        this.keys = keys;
        this.clock = clock;
        this.skew = skew;
    }

    /** The token's claims when it is valid for the given audience; otherwise why not. */
    public JsonObject verify(String token, String audience) throws InvalidTokenException {
        if (token == null) {
            throw new InvalidTokenException("no token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a signed token (three parts expected)");
        }
        JsonObject header = json(parts[0]);
        String algorithm = header.getString("alg", "");
        String javaAlgorithm = ALGORITHMS.get(algorithm);
        if (javaAlgorithm == null) {
            throw new InvalidTokenException("algorithm '" + algorithm + "' is not accepted");
        }
        PublicKey key = keys.key(header.getString("kid", null))
                .orElseThrow(() -> new InvalidTokenException("signed with an unknown key"));
        try {
            Signature signature = Signature.getInstance(javaAlgorithm);
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new InvalidTokenException("bad signature");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("bad signature");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new InvalidTokenException("issued by '" + claims.getString("iss", null) + "', not the configured issuer");
        }
        if (!hasAudience(claims.get("aud"), audience)) {
            throw new InvalidTokenException("not meant for audience '" + audience + "'");
        }
        Instant now = clock.instant();
        Instant expiry = instant(claims, "exp");
        if (expiry == null || now.isAfter(expiry.plus(skew))) {
            throw new InvalidTokenException("expired");
        }
        Instant notBefore = instant(claims, "nbf");
        if (notBefore != null && now.plus(skew).isBefore(notBefore)) {
            throw new InvalidTokenException("not valid yet");
        }
        return claims;
    }

    private static boolean hasAudience(JsonValue aud, String audience) {
        if (aud instanceof JsonString single) {
            return single.getString().equals(audience);
        }
        if (aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY) {
            return aud.asJsonArray().stream().anyMatch(v -> v instanceof JsonString s && s.getString().equals(audience));
        }
        return false;
    }

    private static Instant instant(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        return value instanceof JsonNumber number ? Instant.ofEpochSecond(number.longValue()) : null;
    }

    private static JsonObject json(String part) throws InvalidTokenException {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidTokenException("not a JSON Web Token");
        }
    }
}
