package org.providernetwork.api.problem;

import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence: a value the database refuses as too long, out of range or not a valid date
 * (SQLSTATE class 22) is a bad request naming the column, never a 500. Every field's limits are checked
 * before the database (see {@code Limits}); reaching this is logged as a missed check.
 */
final class DatabaseRefusal {

    private static final Pattern COLUMN = Pattern.compile("column '([^']+)'", Pattern.CASE_INSENSITIVE);

    private DatabaseRefusal() {
    }

    /** A 400 problem for a data error of the database anywhere in the causes, or null. */
    static Problem problem(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                Matcher column = COLUMN.matcher(sql.getMessage() == null ? "" : sql.getMessage());
                String field = column.find() ? camel(column.group(1)) : "request";
                String message = sql.getSQLState().equals("22001") ? "too long"
                        : sql.getSQLState().equals("22003") ? "out of range" : "not a valid value";
                return Problem.of(Response.Status.BAD_REQUEST, field + ": " + message)
                        .withErrors(List.of(new Problem.FieldError(field, message)));
            }
        }
        return null;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
