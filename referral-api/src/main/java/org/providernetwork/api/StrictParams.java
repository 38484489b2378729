package org.providernetwork.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Limits;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Path, query and header values read strictly: a number that is not a whole number of the parameter's
 * range, or a boolean that is not {@code true}/{@code false}, is 400 naming the parameter (the runtime
 * alone answers 404 for a bad path or query value and reads {@code ?dryRun=maybe} as false).
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, rawType.isPrimitive(), v -> Math.toIntExact(Limits.parseLong(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE)));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, rawType.isPrimitive(), v -> Limits.parseLong(name, v, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, rawType.isPrimitive(), v -> Limits.parseBoolean(name, v));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, boolean required, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (required) {
                        throw new InvalidParameterException(name, "a value is required");
                    }
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (InvalidInputException e) {
                    throw new InvalidParameterException(name, e.getMessage());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof MatrixParam m) {
                return m.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }

    /** A path, query or header value that cannot be read as its parameter's type: 400 naming the parameter. */
    public static class InvalidParameterException extends BadRequestException {

        private final String parameter;

        public InvalidParameterException(String parameter, String message) {
            super(parameter + ": " + message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
