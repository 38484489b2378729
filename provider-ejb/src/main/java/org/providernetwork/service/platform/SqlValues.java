package org.providernetwork.service.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the columns of native query rows the same way on MariaDB and H2, whose drivers hand back
 * booleans, dates and timestamps as different Java types.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    public static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant();
    }

    public static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A CHAR column's value without the padding some drivers keep. */
    public static java.math.BigDecimal decimal(Object value) {
        return value instanceof java.math.BigDecimal b ? b : new java.math.BigDecimal(value.toString());
    }

    public static String trimmed(Object value) {
        return value == null ? null : ((String) value).trim();
    }

    /** Enum constants as the items of an SQL {@code IN (...)} list of their names, for statements built from a domain set. */
    public static String inList(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> "'" + v.name() + "'").sorted().collect(java.util.stream.Collectors.joining(", "));
    }
}
