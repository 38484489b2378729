package org.providernetwork.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The limits every input shares, whatever field it fills: dates between {@link #EARLIEST_DATE} and
 * {@link #LATEST_DATE} (the columns hold more, but nothing in the field is dated outside them), booleans
 * spelled {@code true} or {@code false}, ids that are positive whole numbers. Limits of one field (a
 * column's length, a money range) are constants next to that field's entity column and are referenced
 * from here by name only through the DTOs and the portal's validators.
 */
public final class Limits {

    /** The first date any field accepts. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The last date any field accepts. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    /** The same bounds as text, for annotations and pages. */
    public static final String EARLIEST_DATE_TEXT = "1900-01-01";
    public static final String LATEST_DATE_TEXT = "2200-12-31";
    /** The message of a date outside the bounds. */
    public static final String DATE_RANGE_MESSAGE = "a date between " + EARLIEST_DATE_TEXT + " and " + LATEST_DATE_TEXT;

    private Limits() {
    }

    /** True when the date lies within the bounds (a null date is for the field's own rule). */
    public static boolean inRange(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** The date, or an {@link InvalidInputException} naming the field when it lies outside the bounds. */
    public static LocalDate date(String field, LocalDate date) {
        if (!inRange(date)) {
            throw new InvalidInputException(field, DATE_RANGE_MESSAGE);
        }
        return date;
    }

    /** A date written as {@code 2026-11-25} within the bounds; null for a blank value. */
    public static LocalDate parseDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidInputException(field, "a date such as 2026-11-25");
        }
        try {
            return date(field, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a date such as 2026-11-25");
        }
    }

    /** {@code true} or {@code false} (any case); anything else names the field. Null for a blank value. */
    public static Boolean parseBoolean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, "true or false, not '" + shorten(value) + "'");
        };
    }

    /** A whole number that fits the type's range; anything else names the field. Null for a blank value. */
    public static Long parseLong(String field, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (!text.matches("[+-]?\\d{1,19}")) {
            throw new InvalidInputException(field, "a whole number, not '" + shorten(value) + "'");
        }
        long number;
        try {
            number = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "a whole number between " + min + " and " + max);
        }
        if (number < min || number > max) {
            throw new InvalidInputException(field, "a whole number between " + min + " and " + max);
        }
        return number;
    }

    /** The value cut to 40 characters, for quoting it back in a message. */
    public static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
