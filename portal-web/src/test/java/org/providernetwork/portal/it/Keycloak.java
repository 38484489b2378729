package org.providernetwork.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Real tokens from the test Keycloak (started by the build with the portal realm and test realms). */
final class Keycloak {

    static final String ISSUER = System.getProperty("it.oidc.issuer", "http://127.0.0.1:8180/realms/portal");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** An access token for a user, through a client that allows password sign-in. */
    static String password(String client, String username) throws Exception {
        return password(ISSUER, client, username);
    }

    static String password(String issuer, String client, String username) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", client);
        form.put("username", username);
        form.put("password", ApiClient.DEMO_PASSWORD);
        return token(issuer, form);
    }

    /** An access token of a service account (client credentials). */
    static String clientCredentials(String client, String secret) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", client);
        form.put("client_secret", secret);
        return token(ISSUER, form);
    }

    static JsonObject claims(String token) {
        return part(token, 1);
    }

    /** The token's JOSE header (algorithm, key id). */
    static JsonObject header(String token) {
        return part(token, 0);
    }

    private static JsonObject part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /**
     * Adds an RSA signing key to a realm with a priority above its current ones, as an administrator
     * rotating keys would (Keycloak's admin REST API: a new {@code rsa-generated} key provider component).
     * New tokens of the realm are signed with it; the older keys stay published. Returns the component's id.
     */
    static String addSigningKey(String realm, String name, int priority) throws Exception {
        String admin = adminToken();
        String realmId = read(admin(HttpRequest.newBuilder(URI.create(server() + "/admin/realms/" + realm)), admin).GET(), 200)
                .getString("id");
        JsonObject component = Json.createObjectBuilder()
                .add("name", name)
                .add("providerId", "rsa-generated")
                .add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", realmId)
                .add("config", Json.createObjectBuilder()
                        .add("priority", Json.createArrayBuilder().add(String.valueOf(priority)))
                        .add("enabled", Json.createArrayBuilder().add("true"))
                        .add("active", Json.createArrayBuilder().add("true"))
                        .add("algorithm", Json.createArrayBuilder().add("RS256"))
                        .add("keySize", Json.createArrayBuilder().add("2048")))
                .build();
        HttpResponse<String> created = HTTP.send(admin(HttpRequest.newBuilder(URI.create(server() + "/admin/realms/" + realm + "/components")), admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(component.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused the key provider (" + created.statusCode() + "): " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Removes a key provider component added by {@link #addSigningKey}. */
    static void removeComponent(String realm, String id) throws Exception {
        HttpResponse<String> deleted = HTTP.send(admin(HttpRequest.newBuilder(URI.create(server() + "/admin/realms/" + realm
                + "/components/" + id)), adminToken()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (deleted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not remove the component (" + deleted.statusCode() + "): " + deleted.body());
        }
    }

    /** The Keycloak server's address (the issuer without its realm path). */
    private static String server() {
        return ISSUER.substring(0, ISSUER.indexOf("/realms/"));
    }

    /** An access token of the master realm's administrator that the build's Keycloak start created. */
    private static String adminToken() throws Exception {
        Path passwordFile = Path.of(System.getProperty("it.keycloak.home", "target/keycloak"), "admin-password");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", "admin");
        form.put("password", Files.readString(passwordFile).strip());
        return token(server() + "/realms/master", form);
    }

    private static HttpRequest.Builder admin(HttpRequest.Builder request, String adminToken) {
        return request.header("Authorization", "Bearer " + adminToken).header("Accept", "application/json");
    }

    private static JsonObject read(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String token(String issuer, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token request: " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }
}
