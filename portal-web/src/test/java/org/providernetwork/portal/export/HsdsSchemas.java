package org.providernetwork.portal.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HSDS 3.1 JSON Schema files under {@code hsds-3.1/} on the test class path, validated by a maintained
 * JSON Schema validator (networknt json-schema-validator).
 * <ul>
 *   <li>Dialect: the files name no {@code $schema}; HSDS publishes its schemas as JSON Schema 2020-12 (its
 *       OpenAPI document's {@code jsonSchemaDialect}), so that is the default. A file that named another
 *       draft would be read as that draft.</li>
 *   <li>References: the files refer to each other by relative {@code $ref} ({@code "organization.json"});
 *       they resolve against {@link #BASE}, which is served from the class path only. Remote fetching is
 *       off and nothing outside that base (and the built-in meta-schemas) may be loaded.</li>
 *   <li>Formats ({@code uuid}, {@code date-time}, {@code uri}, {@code email}) are asserted, not only
 *       annotated.</li>
 *   <li>The export's profile: HSDS lets a profile change its schemas by JSON Merge Patch (RFC 7386). The
 *       portal's export publishes only the fields HSDS defines, so each object schema is checked with
 *       {@code {"additionalProperties": false}} merged in: a misspelt or invented field is refused.</li>
 * </ul>
 */
public final class HsdsSchemas {

    /** Where the schema files are found by their relative references (a reserved name: never on a network). */
    public static final String BASE = "https://hsds.providernetwork.invalid/schema/3.1/";
    private static final String FOLDER = "hsds-3.1/";
    private static final JsonObject CLOSED = Json.createObjectBuilder().add("additionalProperties", false).build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .allow(iri -> iri.toString().startsWith(BASE) || iri.toString().startsWith("https://json-schema.org/")))
                    .schemas(HsdsSchemas::profiled));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The schema of an HSDS type ({@code service}, {@code organization}, ...), every reference resolved. */
    public Schema schema(String type) {
        return schemas.computeIfAbsent(type, t -> {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + t + ".json"));
            schema.initializeValidators(); // resolves every $ref now: a missing file fails here, not silently later
            return schema;
        });
    }

    /**
     * The problems of one object checked against the schema of an HSDS type, each as where (the type and a
     * JSON pointer into the object) and what; empty when it is valid.
     */
    public List<String> check(String type, JsonValue value) {
        return problems(type, type, value);
    }

    /** The problems of every item of an array, each checked against the schema of one HSDS type. */
    public List<String> checkAll(String type, JsonArray items) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            problems.addAll(problems(type, type + "[" + i + "]", items.get(i)));
        }
        return problems;
    }

    private List<String> problems(String type, String where, JsonValue value) {
        List<Error> errors = schema(type).validate(value.toString(), InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> where + e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** A schema file of the base, read from the class path with the export's profile merged in. */
    private static String profiled(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        InputStream in = HsdsSchemas.class.getClassLoader().getResourceAsStream(FOLDER + iri.substring(BASE.length()));
        if (in == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(in)) {
            JsonValue schema = reader.readValue();
            return Json.createMergePatch(CLOSED).apply(schema).toString();
        }
    }
}
