package org.providernetwork.service.security;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The OpenID Connect identity provider (Keycloak), when {@code portal.oidc.issuer} is configured:
 * verifies API access tokens and runs the portal's authorisation-code flow (with state, nonce and
 * PKCE). Its endpoints and keys are discovered from the issuer and kept.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(IdentityProvider.class.getName());
    /** A key set larger than this is not the provider's. */
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    @Inject
    @ConfigProperty(name = "portal.oidc.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "portal")
    private String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    private Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "portal.oidc.api-audience", defaultValue = "portal-api")
    private String apiAudience;

    @Inject
    @ConfigProperty(name = "portal.oidc.clock-skew-seconds", defaultValue = "10")
    private int clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "portal.oidc.jwks-min-refresh-seconds", defaultValue = "30")
    private int jwksMinRefreshSeconds;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Endpoints endpoints;

    /** The provider's endpoints, from its discovery document. */
    private record Endpoints(URI authorization, URI token, URI endSession, TokenVerifier verifier) {
    }

    /** What the portal remembers between sending the browser to the provider and its return. */
    public record PendingSignIn(String state, String nonce, String codeVerifier, String redirectUri)
            implements java.io.Serializable {
    }

    /** The tokens of a completed sign-in, the ID token's claims verified. */
    public record SignIn(JsonObject idClaims, String idToken) {
    }

    public boolean isEnabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent();
    }

    /** Verifies an API access token: signature, issuer, the API audience, expiry. */
    public JsonObject verifyAccessToken(String token) throws InvalidTokenException {
        return endpoints().verifier().verify(token, apiAudience);
    }

    public PendingSignIn newSignIn(String redirectUri) {
        return new PendingSignIn(random(), random(), random() + random(), redirectUri);
    }

    /** Where to send the browser to sign in. */
    public URI authorizationUri(PendingSignIn pending) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", pending.redirectUri());
        params.put("scope", "openid profile email");
        params.put("state", pending.state());
        params.put("nonce", pending.nonce());
        params.put("code_challenge", challenge(pending.codeVerifier()));
        params.put("code_challenge_method", "S256");
        return URI.create(endpoints().authorization() + "?" + form(params));
    }

    /** Exchanges the code the browser brought back for tokens and verifies the ID token. */
    public SignIn completeSignIn(PendingSignIn pending, String state, String code) throws InvalidTokenException {
        if (state == null || !state.equals(pending.state())) {
            throw new InvalidTokenException("the sign-in state does not match");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "authorization_code");
        params.put("code", code == null ? "" : code);
        params.put("redirect_uri", pending.redirectUri());
        params.put("code_verifier", pending.codeVerifier());
        String basic = Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(clientSecret.orElse("")))
                .getBytes(StandardCharsets.UTF_8));
        JsonObject tokens;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoints().token())
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.ofString(form(params))).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new InvalidTokenException("the identity provider refused the code (" + response.statusCode() + ")");
            }
            tokens = read(response.body());
        } catch (IOException e) {
            throw new InvalidTokenException("the identity provider cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidTokenException("interrupted");
        }
        String idToken = tokens.getString("id_token", null);
        JsonObject claims = endpoints().verifier().verify(idToken, clientId);
        if (!pending.nonce().equals(claims.getString("nonce", null))) {
            throw new InvalidTokenException("the ID token's nonce does not match");
        }
        return new SignIn(claims, idToken);
    }

    /** Where to send the browser to end the provider's session too. */
    public URI logoutUri(String idToken, String afterLogout) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        if (idToken != null) {
            params.put("id_token_hint", idToken);
        }
        params.put("post_logout_redirect_uri", afterLogout);
        return URI.create(endpoints().endSession() + "?" + form(params));
    }

    private Endpoints endpoints() {
        Endpoints current = endpoints;
        if (current == null) {
            synchronized (this) {
                if (endpoints == null) {
                    endpoints = discover();
                }
                current = endpoints;
            }
        }
        return current;
    }

    private Endpoints discover() {
        String iss = issuer.orElseThrow(() -> new IllegalStateException("portal.oidc.issuer is not configured"));
        URI discovery = URI.create(iss.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the identity provider's discovery document answered " + response.statusCode());
            }
            JsonObject doc = read(response.body());
            if (!iss.equals(doc.getString("issuer"))) {
                throw new IllegalStateException("the identity provider calls itself " + doc.getString("issuer") + ", not " + iss);
            }
            // tokens carry the provider's real time: checked against the wall clock, never a demonstration's state clock
            TokenVerifier verifier = new TokenVerifier(iss, URI.create(doc.getString("jwks_uri")).toURL(),
                    new DefaultResourceRetriever(5_000, 10_000, JWKS_SIZE_LIMIT), Clock.systemUTC(),
                    Duration.ofSeconds(clockSkewSeconds), Duration.ofSeconds(jwksMinRefreshSeconds));
            LOG.info(() -> "Identity provider " + iss + ": tokens verified with Nimbus JOSE+JWT "
                    + JWSObject.class.getPackage().getImplementationVersion());
            return new Endpoints(URI.create(doc.getString("authorization_endpoint")), URI.create(doc.getString("token_endpoint")),
                    URI.create(doc.getString("end_session_endpoint")), verifier);
        } catch (IOException e) {
            throw new IllegalStateException("the identity provider cannot be reached at " + discovery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
