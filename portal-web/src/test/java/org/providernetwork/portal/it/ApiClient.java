package org.providernetwork.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the portal's API, signing in with a local demo account. */
final class ApiClient {

    static final String DEMO_PASSWORD = "portal-demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    private ApiClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static ApiClient as(URI base, String username) {
        return new ApiClient(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static ApiClient as(URI base, String username, String password) {
        return new ApiClient(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static ApiClient bearer(URI base, String token) {
        return new ApiClient(base, "Bearer " + token);
    }

    static ApiClient anonymous(URI base) {
        return new ApiClient(base, null);
    }

    /** The response of a request, with its body parsed when it is JSON. */
    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** All values of a header, comma-separated, or {@code null} when it is absent. */
        String header(String name) {
            var values = raw.headers().allValues(name);
            return values.isEmpty() ? null : String.join(", ", values);
        }
    }

    /** @param path relative to the portal ({@code api/v1/regions}) or, with a leading slash, to the server */
    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with an optional If-Match; an empty body is sent as {@code {}}. */
    Reply post(String path, String json, String contentType, String ifMatch) throws IOException, InterruptedException {
        return post(path, json == null || json.isEmpty() ? "{}" : json, contentType == null ? "application/json" : contentType,
                ifMatch, null);
    }

    /** A multipart/form-data POST of text parts, each sent as a CSV file. */
    Reply postFiles(String path, java.util.Map<String, String> parts) throws IOException, InterruptedException {
        String boundary = "----portal-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        parts.forEach((name, text) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append(".csv\"\r\nContent-Type: text/csv\r\n\r\n").append(text).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A POST of a binary body (a spreadsheet, say) of the given type. */
    Reply postBytes(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST with an Idempotency-Key header (when not null). */
    Reply post(String path, String json, String contentType, String ifMatch, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    Reply put(String path, String json, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    Reply delete(String path, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).DELETE();
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }
}
