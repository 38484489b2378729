package org.providernetwork.domain.shared;

import java.util.regex.Pattern;

/**
 * The limits of an identifier the state gives: a child's person id (on the intake and in an outcome extract), a
 * sibling group or a maltreatment report in an extract. One to {@value #MAX_LENGTH} characters, letters, digits,
 * {@code .}, {@code _} and {@code -}, starting with a letter or digit. Stored as given.
 */
public final class StateChildId {

    public static final int MAX_LENGTH = 40;
    /** For Bean Validation and the portal's validators. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    public static final String RULE = "1 to " + MAX_LENGTH + " letters, digits, '.', '_' or '-', starting with a letter or digit";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private StateChildId() {
    }

    public static boolean valid(String value) {
        return value != null && COMPILED.matcher(value).matches();
    }

    /** The value, trimmed, or {@code null} when blank; refused naming {@code field} when it breaks the rule. */
    public static String check(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!valid(trimmed)) {
            throw new InvalidInputException(field, "'" + Limits.shorten(trimmed) + "' is not a state id: " + RULE);
        }
        return trimmed;
    }
}
