package org.providernetwork.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input, generated: every operation of the OpenAPI document ({@code /openapi}) is called with seeded
 * malformed path values, query values and bodies (wrong types, nulls inside lists and maps, numbers beyond
 * their type, dates outside any calendar, unknown enum constants and properties, long strings, broken JSON).
 * Asserted for every answer: never 5xx; every refusal is {@code application/problem+json}, and a 400 names
 * the offending field; a refused request changes no row of any table (the audit trail included).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzMariaDbIT {

    /** Change the seed to explore; a failure message quotes the seed and the request. */
    private static final long SEED = Long.getLong("fuzz.seed", 20261205L);
    private static final int MINIMUM_REQUESTS = 3000;
    private static final List<String> USERS = List.of("state.staff", "provider.admin", "lead.r1", "cqi.reviewer", "auditor",
            "provider2.admin", "statewide.admin");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "9223372036854775808", "1.5", "1e3", "null",
            "%20", "x".repeat(300), "+999999999-12-31");
    private static final String NO_SUCH_ID = "987654321";
    private static final List<String> BAD_QUERY = List.of("abc", "maybe", "-1", "99999999999999999999", "1e30", "1.5",
            "+999999999-12-31", "-0001-01-01", "2026-02-30", "", "x".repeat(2000), "%00", "null", "TRUE1");

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    /** One operation of the document. */
    private record Operation(String method, String path, List<JsonObject> parameters, JsonObject bodySchema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One request and its answer. */
    private record Sent(String method, String uri, String body, int status, String contentType, String answer) {
        String describe() {
            return method + " " + uri + (body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body))
                    + " -> " + status + " " + (answer.length() > 400 ? answer.substring(0, 400) : answer);
        }
    }

    @Test
    void malformedRequestsAreRefusedWithProblemsNamingTheFieldAndChangeNothing() throws Exception {
        JsonObject document = openapi();
        JsonObject schemas = document.containsKey("components") && document.getJsonObject("components").containsKey("schemas")
                ? document.getJsonObject("components").getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
        List<Operation> operations = operations(document);
        assertTrue(operations.size() > 50, "the document lists the API's operations: " + operations.size());
        Map<String, Long> rows = rowCounts();
        Map<Operation, List<String>> cases = new LinkedHashMap<>();
        for (Operation operation : operations) {
            cases.put(operation, new ArrayList<>());
        }
        int round = 0;
        while (requests < MINIMUM_REQUESTS) {
            for (Operation operation : operations) {
                String user = userFor(operation);
                List<Sent> sent = new ArrayList<>();
                if (round == 0) {
                    sent.addAll(pathCases(operation, user));
                    sent.addAll(queryCases(operation, user));
                }
                sent.addAll(bodyCases(operation, schemas, user, round));
                Map<String, Long> after = rowCounts();
                boolean changed = sent.stream().anyMatch(s -> s.status() < 400);
                if (!changed && !after.equals(rows)) {
                    failures.add("refused requests of " + operation + " changed rows: " + difference(rows, after));
                }
                rows = after;
                for (Sent s : sent) {
                    check(s);
                }
            }
            round++;
        }
        System.out.println("ApiFuzzMariaDbIT: seed " + SEED + ", " + operations.size() + " operations, " + requests
                + " requests, answers by status " + statuses);
        assertTrue(requests >= MINIMUM_REQUESTS, "at least " + MINIMUM_REQUESTS + " requests: " + requests);
        assertEquals(List.of(), failures.size() > 100 ? failures.subList(0, 100) : failures,
                failures.size() + " findings (seed " + SEED + ", " + requests + " requests)");
    }

    private void check(Sent s) {
        if (s.status() >= 500) {
            failures.add("5xx: " + s.describe());
            return;
        }
        if (s.status() >= 400 && s.status() != 401 && !s.contentType().startsWith("application/problem+json")) {
            failures.add("not problem+json: " + s.describe());
            return;
        }
        if (s.status() == 400) {
            JsonObject problem = parse(s.answer());
            boolean named = problem != null && problem.containsKey("errors") && problem.get("errors").getValueType() == JsonValue.ValueType.ARRAY
                    && !problem.getJsonArray("errors").isEmpty() && problem.getJsonArray("errors").stream()
                    .allMatch(e -> !e.asJsonObject().getString("field", "").isBlank());
            if (!named) {
                failures.add("400 naming no field: " + s.describe());
            }
        }
    }

    // ---- the operations, from the document

    private JsonObject openapi() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(portal().resolve("/openapi?format=JSON"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return parse(response.body());
    }

    private static List<Operation> operations(JsonObject document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : new TreeMap<>(document.getJsonObject("paths")).entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                List<JsonObject> parameters = new ArrayList<>();
                for (JsonArray list : new JsonArray[] {item.getJsonArray("parameters"), operation.getJsonArray("parameters")}) {
                    if (list != null) {
                        list.forEach(p -> parameters.add(p.asJsonObject()));
                    }
                }
                JsonObject body = null;
                if (operation.containsKey("requestBody")) {
                    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                    if (content != null && content.containsKey("application/json")) {
                        body = content.getJsonObject("application/json").getJsonObject("schema");
                    } else if (content != null) {
                        body = Json.createObjectBuilder().add("x-non-json", content.keySet().iterator().next()).build();
                    }
                }
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters, body));
            }
        }
        return operations;
    }

    /** The first demo user that may call the operation (not 401/403 for a plain request), so that input is read. */
    private final Map<String, String> users = new java.util.HashMap<>();

    private String userFor(Operation operation) throws Exception {
        if (users.containsKey(operation.toString())) {
            return users.get(operation.toString());
        }
        String chosen = USERS.get(0);
        for (String user : USERS) {
            Sent probe = send(operation.method(), uri(operation, Map.of(), Map.of()), operation.bodySchema() == null ? null : "{}",
                    user, "application/json");
            check(probe);
            if (probe.status() != 401 && probe.status() != 403) {
                chosen = user;
                break;
            }
        }
        users.put(operation.toString(), chosen);
        return chosen;
    }

    // ---- path and query values

    private List<Sent> pathCases(Operation operation, String user) throws Exception {
        List<Sent> sent = new ArrayList<>();
        for (JsonObject parameter : operation.parameters()) {
            if (!"path".equals(parameter.getString("in", ""))) {
                continue;
            }
            for (String value : BAD_IDS) {
                sent.add(send(operation.method(), uri(operation, Map.of(parameter.getString("name"), value), Map.of()),
                        operation.bodySchema() == null ? null : "{}", user, "application/json"));
            }
        }
        return sent;
    }

    private List<Sent> queryCases(Operation operation, String user) throws Exception {
        List<Sent> sent = new ArrayList<>();
        for (JsonObject parameter : operation.parameters()) {
            if (!"query".equals(parameter.getString("in", ""))) {
                continue;
            }
            for (String value : BAD_QUERY) {
                sent.add(send(operation.method(), uri(operation, Map.of(), Map.of(parameter.getString("name"), value)),
                        operation.bodySchema() == null ? null : "{}", user, "application/json"));
            }
        }
        return sent;
    }

    private URI uri(Operation operation, Map<String, String> pathValues, Map<String, String> query) {
        String path = operation.path();
        for (JsonObject parameter : operation.parameters()) {
            if ("path".equals(parameter.getString("in", ""))) {
                String name = parameter.getString("name");
                // an id no record has: the body is still read and checked, but no real record is changed
                String value = pathValues.getOrDefault(name, NO_SUCH_ID);
                path = path.replace("{" + name + "}", encode(value).replace("+", "%20"));
            }
        }
        path = path.replaceAll("\\{[^}]+}", NO_SUCH_ID);
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(encode(k)).append('=').append(encode(v)));
        return portal().resolve((path.startsWith("/") ? path.substring(1) : path) + q);
    }

    private static String encode(String value) {
        return value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- bodies

    private List<Sent> bodyCases(Operation operation, JsonObject schemas, String user, int round) throws Exception {
        List<Sent> sent = new ArrayList<>();
        if (operation.bodySchema() == null) {
            if (round == 0 && !operation.method().equals("GET") && !operation.method().equals("DELETE")) {
                sent.add(send(operation.method(), uri(operation, Map.of(), Map.of()), "{\"bogus\": 1}", user, "application/json"));
            }
            return sent;
        }
        if (operation.bodySchema().containsKey("x-non-json")) {
            // uploads: broken files of the kind the upload takes
            for (String body : List.of("", "PK\u0003\u0004garbage", "a,b\n\"unterminated", "\u0000\u0001\u0002")) {
                sent.add(send(operation.method(), uri(operation, Map.of(), Map.of()), body, user,
                        operation.bodySchema().getString("x-non-json")));
            }
            return sent;
        }
        if (round == 0) {
            for (String body : List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":}", "[null]", "{\"bogus\": {\"deep\": [1, null]}}")) {
                sent.add(send(operation.method(), uri(operation, Map.of(), Map.of()), body, user, "application/json"));
            }
        }
        JsonObject schema = resolve(operation.bodySchema(), schemas);
        Map<String, JsonObject> properties = properties(schema, schemas);
        if (properties.isEmpty()) {
            sent.add(send(operation.method(), uri(operation, Map.of(), Map.of()), "{\"bogus\": " + random.nextInt() + "}", user,
                    "application/json"));
            return sent;
        }
        for (Map.Entry<String, JsonObject> property : properties.entrySet()) {
            List<String> values = malformed(property.getValue(), schemas);
            // round 0 tries every malformed value of every property; later rounds a seeded few
            List<String> chosen = round == 0 ? values : List.of(values.get(random.nextInt(values.size())));
            for (String value : chosen) {
                String body = object(properties, schemas, property.getKey(), value);
                sent.add(send(operation.method(), uri(operation, Map.of(), Map.of()), body, user, "application/json"));
            }
        }
        return sent;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        JsonObject current = schema;
        for (int i = 0; i < 10 && current != null && current.containsKey("$ref"); i++) {
            String ref = current.getString("$ref");
            current = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current != null && current.containsKey("allOf") && !current.getJsonArray("allOf").isEmpty()) {
            return resolve(current.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        return current == null ? JsonValue.EMPTY_JSON_OBJECT : current;
    }

    private static Map<String, JsonObject> properties(JsonObject schema, JsonObject schemas) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach((name, s) -> properties.put(name, resolve(s.asJsonObject(), schemas)));
        }
        return properties;
    }

    /** A plausible value of the schema (the other fields of a mutated body). */
    private String plausible(JsonObject schema, JsonObject schemas, int depth) {
        String type = schema.getString("type", "");
        String format = schema.getString("format", "");
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").isEmpty()) {
            return schema.getJsonArray("enum").get(0).toString();
        }
        return switch (type) {
            case "integer" -> "1";
            case "number" -> "1.5";
            case "boolean" -> "true";
            case "array" -> depth > 2 || !schema.containsKey("items") ? "[]"
                    : "[" + plausible(resolve(schema.getJsonObject("items"), schemas), schemas, depth + 1) + "]";
            case "object" -> {
                Map<String, JsonObject> properties = properties(schema, schemas);
                if (depth > 2 || properties.isEmpty()) {
                    yield "{}";
                }
                StringBuilder out = new StringBuilder("{");
                properties.forEach((name, s) -> out.append(out.length() > 1 ? "," : "").append('"').append(name).append("\":")
                        .append(plausible(s, schemas, depth + 1)));
                yield out.append('}').toString();
            }
            default -> format.equals("date") ? "\"2026-06-15\"" : format.equals("date-time") ? "\"2026-06-15T10:00:00Z\"" : "\"x\"";
        };
    }

    private String object(Map<String, JsonObject> properties, JsonObject schemas, String mutated, String value) {
        StringBuilder out = new StringBuilder("{");
        properties.forEach((name, s) -> out.append(out.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(name.equals(mutated) ? value : plausible(s, schemas, 1)));
        return out.append('}').toString();
    }

    /** The malformed values tried for a property of the schema. */
    private List<String> malformed(JsonObject schema, JsonObject schemas) {
        List<String> values = new ArrayList<>(List.of("null", "{\"x\": 1}", "[1, null]"));
        String type = schema.getString("type", "");
        String format = schema.getString("format", "");
        switch (type) {
            case "integer" -> values.addAll(List.of("4294967297", "2147483648", "-2147483649", "1e30", "1.5", "-1",
                    "9223372036854775808", "\"12\"", "true"));
            case "number" -> values.addAll(List.of("1e30", "-1e30", "123456789012345678.123", "1.23456", "-1", "\"12.5\"", "false"));
            case "boolean" -> values.addAll(List.of("\"true\"", "\"maybe\"", "1", "0"));
            case "array" -> {
                values.addAll(List.of("[null]", "\"x\"", "{\"TRAUMA\": null}", "[[]]"));
                JsonObject items = schema.containsKey("items") ? resolve(schema.getJsonObject("items"), schemas) : JsonValue.EMPTY_JSON_OBJECT;
                for (String inner : malformedScalar(items)) {
                    values.add("[" + inner + "]");
                }
                Map<String, JsonObject> itemProperties = properties(items, schemas);
                for (Map.Entry<String, JsonObject> p : itemProperties.entrySet()) {
                    for (String inner : malformedScalar(p.getValue())) {
                        values.add("[" + object(itemProperties, schemas, p.getKey(), inner) + "]");
                    }
                }
            }
            case "object" -> {
                values.addAll(List.of("{\"TRAUMA\": null}", "[1, 2]", "{\"BOGUS\": 1}", "{\"TRAUMA\": 4294967297}", "\"x\""));
                Map<String, JsonObject> inner = properties(schema, schemas);
                for (Map.Entry<String, JsonObject> p : inner.entrySet()) {
                    for (String v : malformedScalar(p.getValue())) {
                        values.add(object(inner, schemas, p.getKey(), v));
                    }
                }
            }
            default -> {
                values.addAll(List.of("12", "true", "\"" + "x".repeat(5000) + "\"", "\"BOGUS\"", "\"\"", "\"\\u0000\""));
                if (format.startsWith("date")) {
                    values.addAll(List.of("\"+999999999-12-31\"", "\"-0001-01-01\"", "\"1899-12-31\"", "\"2026-02-30\"", "\"2026-13-01\"",
                            "\"2201-01-01\"", "\"+999999999-12-31T23:59:59Z\""));
                }
                if (random.nextInt(20) == 0) {
                    values.add("\"" + "y".repeat(1024 * 1024) + "\"");
                }
            }
        }
        return values;
    }

    private List<String> malformedScalar(JsonObject schema) {
        String type = schema.getString("type", "");
        return switch (type) {
            case "integer" -> List.of("4294967297", "1.5", "\"x\"", "null");
            case "number" -> List.of("1e30", "\"x\"");
            case "boolean" -> List.of("\"maybe\"");
            case "array" -> List.of("[null]", "\"x\"");
            case "object" -> List.of("[1]", "{\"BOGUS\": null}");
            default -> schema.getString("format", "").startsWith("date")
                    ? List.of("\"+999999999-12-31\"", "\"-0001-01-01\"", "null")
                    : List.of("\"" + "x".repeat(3000) + "\"", "\"BOGUS\"", "12", "null");
        };
    }

    // ---- sending and counting

    private Sent send(String method, URI uri, String body, String user, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + ApiClient.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (method.equals("PUT") || method.equals("DELETE") || random.nextInt(4) == 0) {
            // a stale version: refused changes stay refused even where the body were valid
            request.header("If-Match", random.nextBoolean() ? "\"0\"" : "W/\"0\"");
        }
        request.method(method, publisher);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests++;
        statuses.merge(response.statusCode(), 1, Integer::sum);
        return new Sent(method, uri.toString(), body, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private URI portal() {
        return URI.create(PortalDeployment.loopback(base));
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Rows of every table of the portal's schema (the audit trail included). */
    private static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password")); Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder out = new StringBuilder();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                out.append(table).append(' ').append(before.get(table)).append("->").append(count).append("; ");
            }
        });
        return out.toString();
    }
}
