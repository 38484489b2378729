package org.providernetwork.service.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The identity provider's signing keys (a JWKS document), cached by key id. An unknown key id makes it
 * fetch the document again (the provider rotated its keys), at most once every 30 seconds.
 */
public class JsonWebKeys {

    private static final Duration MIN_REFRESH = Duration.ofSeconds(30);

    private final Supplier<String> document;
    private final Clock clock;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile Instant lastFetch = Instant.EPOCH;

    public JsonWebKeys(Supplier<String> document, Clock clock) {
        this.document = document;
        this.clock = clock;
    }

    /** Keys fetched over HTTP from the provider's {@code jwks_uri}. */
    public static JsonWebKeys fromUri(URI jwksUri, HttpClient http, Clock clock) {
        return new JsonWebKeys(() -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the identity provider's keys answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException e) {
                throw new IllegalStateException("the identity provider's keys cannot be read: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the identity provider's keys", e);
            }
        }, clock);
    }

    public Optional<PublicKey> key(String keyId) {
        PublicKey key = keyId == null ? null : keys.get(keyId);
        if (key == null && Duration.between(lastFetch, clock.instant()).compareTo(MIN_REFRESH) >= 0) {
            refresh();
            key = keyId == null ? null : keys.get(keyId);
        }
        return Optional.ofNullable(key);
    }

    private synchronized void refresh() {
        lastFetch = clock.instant();
        try (JsonReader reader = Json.createReader(new StringReader(document.get()))) {
            JsonObject jwks = reader.readObject();
            Map<String, PublicKey> fresh = new ConcurrentHashMap<>();
            for (JsonValue value : jwks.getJsonArray("keys")) {
                JsonObject jwk = value.asJsonObject();
                if ("RSA".equals(jwk.getString("kty", null)) && !"enc".equals(jwk.getString("use", "sig"))
                        && jwk.containsKey("kid")) {
                    fresh.put(jwk.getString("kid"), rsa(jwk.getString("n"), jwk.getString("e")));
                }
            }
            keys.clear();
            keys.putAll(fresh);
        }
    }

    private static PublicKey rsa(String modulus, String exponent) {
        Base64.Decoder b64 = Base64.getUrlDecoder();
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, b64.decode(modulus)), new BigInteger(1, b64.decode(exponent))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA key", e);
        }
    }
}
