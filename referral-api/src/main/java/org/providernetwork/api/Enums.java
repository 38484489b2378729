package org.providernetwork.api;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** Reads an enum constant from a request value (any case, '-' for '_'), or says which values are valid. */
public final class Enums {

    private Enums() {
    }

    /** The constant named by {@code value}; null for a blank value. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown " + field + " '" + value + "'; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
