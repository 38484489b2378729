package org.providernetwork.api;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.providernetwork.api.problem.Problem;
import org.providernetwork.domain.shared.Limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body strictly against the type the resource method takes, before the JSON binding
 * sees it: an unknown property, a value of the wrong type, a whole number that is fractional or beyond its
 * field's type (no silent wrap), a boolean that is not {@code true}/{@code false}, an unknown enum constant, a
 * date that is not a calendar date between {@link Limits#EARLIEST_DATE} and {@link Limits#LATEST_DATE}, or a
 * null inside a list or map is a 400 problem naming the field by its path ({@code children[1].birthDate}).
 * Field-specific limits (lengths, money ranges) are the DTOs' Bean Validation, from the entity constants.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJson implements ReaderInterceptor {

    private static final int MAX_ERRORS = 20;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (!json(context.getMediaType()) || !checked(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw refusal(List.of(new Problem.FieldError("body", "a JSON body is required")));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber();
            throw refusal(List.of(new Problem.FieldError("body", "not valid JSON" + where)));
        } catch (RuntimeException e) {
            throw refusal(List.of(new Problem.FieldError("body", "not valid JSON")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        check(value, context.getGenericType(), "", errors);
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        return context.proceed();
    }

    /** The problems of a JSON value against a type; empty when it may be bound. For tests and the portal's imports. */
    public static List<Problem.FieldError> problems(JsonValue value, Type type) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(value, type, "", errors);
        return errors;
    }

    private static WebApplicationException refusal(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : "the request body is not valid: " + errors.size() + " fields";
        return new WebApplicationException(Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, detail)
                .withErrors(errors).toResponse());
    }

    private static boolean json(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static boolean checked(Class<?> type) {
        return type.isRecord() || type.isEnum() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.getName().startsWith("org.providernetwork.");
    }

    private static void check(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
        if (errors.size() >= MAX_ERRORS || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return; // a null field is the field's own rule (Bean Validation or the domain); nulls in containers below
        }
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "body" : path;
        if (raw == String.class || raw == Character.class || raw == char.class) {
            expect(value, JsonValue.ValueType.STRING, field, "a text", errors);
        } else if (raw == int.class || raw == Integer.class) {
            whole(value, field, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, field, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        } else if (raw == short.class || raw == Short.class) {
            whole(value, field, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class || raw == BigInteger.class || raw == Number.class) {
            if (expect(value, JsonValue.ValueType.NUMBER, field, "a number", errors) && raw == BigInteger.class
                    && !integral(((JsonNumber) value).bigDecimalValue())) {
                errors.add(new Problem.FieldError(field, "a whole number"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(new Problem.FieldError(field, "true or false"));
            }
        } else if (raw == LocalDate.class) {
            if (expect(value, JsonValue.ValueType.STRING, field, "a date such as 2026-11-25", errors)) {
                date(((JsonString) value).getString(), field, errors);
            }
        } else if (raw == Instant.class) {
            if (expect(value, JsonValue.ValueType.STRING, field, "a time such as 2026-11-25T14:00:00Z", errors)) {
                try {
                    Instant at = Instant.parse(((JsonString) value).getString());
                    Limits.date(field, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
                } catch (DateTimeParseException e) {
                    errors.add(new Problem.FieldError(field, "a time such as 2026-11-25T14:00:00Z"));
                } catch (RuntimeException e) {
                    errors.add(new Problem.FieldError(field, Limits.DATE_RANGE_MESSAGE));
                }
            }
        } else if (raw.isEnum()) {
            if (expect(value, JsonValue.ValueType.STRING, field, "one of " + Arrays.toString(raw.getEnumConstants()), errors)) {
                String name = ((JsonString) value).getString();
                if (Arrays.stream(raw.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(name))) {
                    errors.add(new Problem.FieldError(field, "one of " + Arrays.toString(raw.getEnumConstants())
                            + ", not '" + Limits.shorten(name) + "'"));
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(value, JsonValue.ValueType.ARRAY, field, "a list", errors)) {
                Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    String at = field + "[" + i + "]";
                    if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                        errors.add(new Problem.FieldError(at, "null is not allowed in a list"));
                    } else {
                        check(array.get(i), element, at, errors);
                    }
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.OBJECT, field, "an object", errors)) {
                Class<?> key = raw(argument(type, 0));
                Type element = argument(type, 1);
                for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                    String at = (path.isEmpty() ? "" : path + ".") + entry.getKey();
                    if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                        errors.add(new Problem.FieldError(at, "null is not allowed as a value"));
                        continue;
                    }
                    if (key.isEnum() && Arrays.stream(key.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(entry.getKey()))) {
                        errors.add(new Problem.FieldError(at, "the key is one of " + Arrays.toString(key.getEnumConstants())));
                    }
                    if (key == Integer.class || key == Long.class) {
                        try {
                            Long.parseLong(entry.getKey());
                        } catch (NumberFormatException e) {
                            errors.add(new Problem.FieldError(at, "the key is a whole number"));
                        }
                    }
                    check(entry.getValue(), element, at, errors);
                }
            }
        } else if (raw.isRecord() || raw.getName().startsWith("org.providernetwork.")) {
            if (expect(value, JsonValue.ValueType.OBJECT, field, "an object", errors)) {
                Map<String, Type> properties = properties(raw);
                JsonObject object = value.asJsonObject();
                for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                    String at = (path.isEmpty() ? "" : path + ".") + entry.getKey();
                    Type propertyType = properties.get(entry.getKey());
                    if (propertyType == null) {
                        errors.add(new Problem.FieldError(at, "unknown property; known are " + properties.keySet()));
                    } else {
                        check(entry.getValue(), propertyType, at, errors);
                    }
                }
            }
        }
        // anything else (Object, JsonValue) is bound as it comes
    }

    private static boolean expect(JsonValue value, JsonValue.ValueType type, String field, String what,
                                  List<Problem.FieldError> errors) {
        if (value.getValueType() != type) {
            errors.add(new Problem.FieldError(field, what + ", not " + describe(value)));
            return false;
        }
        return true;
    }

    private static void whole(JsonValue value, String field, long min, long max, List<Problem.FieldError> errors) {
        if (!expect(value, JsonValue.ValueType.NUMBER, field, "a whole number", errors)) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (!integral(number) || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(new Problem.FieldError(field, "a whole number between " + min + " and " + max));
        }
    }

    private static boolean integral(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static void date(String text, String field, List<Problem.FieldError> errors) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            errors.add(new Problem.FieldError(field, "a date such as 2026-11-25, not '" + Limits.shorten(text) + "'"));
            return;
        }
        try {
            if (!Limits.inRange(LocalDate.parse(text))) {
                errors.add(new Problem.FieldError(field, Limits.DATE_RANGE_MESSAGE));
            }
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "not a calendar date: '" + text + "'"));
        }
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    /** The JSON properties of a record (its components) or class (its instance fields), by JSON name. */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonbProperty name = component.getAnnotation(JsonbProperty.class);
                if (name == null && component.getAccessor() != null) {
                    name = component.getAccessor().getAnnotation(JsonbProperty.class);
                }
                properties.put(name == null || name.value().isEmpty() ? component.getName() : name.value(), component.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isSynthetic()
                        || f.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                JsonbProperty name = f.getAnnotation(JsonbProperty.class);
                properties.putIfAbsent(name == null || name.value().isEmpty() ? f.getName() : name.value(), f.getGenericType());
            }
        }
        return properties;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
