package org.providernetwork.portal.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks JSON documents against the shape of the HSDS schema files under {@code hsds-3.1/} on the test
 * class path: every field is one the schema names, of the schema's JSON type (with its enumeration and
 * its uuid or date-time format), required fields are present, and nested objects and array items are
 * checked by the schema they reference.
 */
public final class HsdsShape {

    private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final String FOLDER = "hsds-3.1/";

    private final Map<String, JsonObject> schemas = new HashMap<>();

    /** The problems of one object checked against the schema of an HSDS type (such as {@code service}); empty when it fits. */
    public List<String> check(String type, JsonValue value) {
        List<String> problems = new ArrayList<>();
        walk(value, Json.createObjectBuilder().add("$ref", type + ".json").build(), type, problems);
        return problems;
    }

    /** The problems of every item of an array, each checked against the schema of one HSDS type. */
    public List<String> checkAll(String type, JsonArray items) {
        List<String> problems = new ArrayList<>();
        JsonObject reference = Json.createObjectBuilder().add("$ref", type + ".json").build();
        for (int i = 0; i < items.size(); i++) {
            walk(items.get(i), reference, type + "[" + i + "]", problems);
        }
        return problems;
    }

    private void walk(JsonValue value, JsonObject schema, String path, List<String> problems) {
        if (schema.containsKey("$ref")) {
            JsonObject target = schema(schema.getString("$ref"));
            if (target == null) {
                problems.add(path + ": no schema file " + schema.getString("$ref"));
                return;
            }
            walk(value, target, path, problems);
            return;
        }
        String type = schema.getString("type", null);
        if (type == null) {
            problems.add(path + ": the schema gives no type");
            return;
        }
        switch (type) {
            case "object" -> object(value, schema, path, problems);
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    problems.add(path + ": expected an array, was " + value.getValueType());
                    return;
                }
                for (int i = 0; i < array.size(); i++) {
                    walk(array.get(i), schema.getJsonObject("items"), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!(value instanceof JsonString string)) {
                    problems.add(path + ": expected a string, was " + value.getValueType());
                    return;
                }
                text(string.getString(), schema, path, problems);
            }
            case "number" -> {
                if (!(value instanceof JsonNumber)) {
                    problems.add(path + ": expected a number, was " + value.getValueType());
                }
            }
            case "integer" -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    problems.add(path + ": expected an integer, was " + value);
                }
            }
            case "boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    problems.add(path + ": expected a boolean, was " + value.getValueType());
                }
            }
            default -> problems.add(path + ": unknown schema type " + type);
        }
    }

    private void object(JsonValue value, JsonObject schema, String path, List<String> problems) {
        if (!(value instanceof JsonObject object)) {
            problems.add(path + ": expected an object, was " + value.getValueType());
            return;
        }
        JsonObject properties = schema.getJsonObject("properties");
        for (JsonValue required : schema.getJsonArray("required")) {
            String name = ((JsonString) required).getString();
            if (!object.containsKey(name) || object.isNull(name)) {
                problems.add(path + "." + name + ": required but missing");
            }
        }
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            JsonObject property = properties.getJsonObject(field.getKey());
            if (property == null) {
                problems.add(path + "." + field.getKey() + ": not a field of " + schema.getString("name", "this object"));
            } else if (field.getValue().getValueType() == JsonValue.ValueType.NULL) {
                problems.add(path + "." + field.getKey() + ": null (leave an unknown field out)");
            } else {
                walk(field.getValue(), property, path + "." + field.getKey(), problems);
            }
        }
    }

    private static void text(String text, JsonObject schema, String path, List<String> problems) {
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(Json.createValue(text))) {
            problems.add(path + ": '" + text + "' is not one of " + schema.getJsonArray("enum"));
        }
        String format = schema.getString("format", "");
        if (format.equals("uuid") && !UUID.matcher(text).matches()) {
            problems.add(path + ": '" + text + "' is not a UUID");
        }
        if (format.equals("date-time")) {
            try {
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(path + ": '" + text + "' is not an RFC 3339 date-time");
            }
        }
    }

    private JsonObject schema(String file) {
        return schemas.computeIfAbsent(file, f -> {
            InputStream in = HsdsShape.class.getClassLoader().getResourceAsStream(FOLDER + f);
            if (in == null) {
                return null;
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        });
    }
}
