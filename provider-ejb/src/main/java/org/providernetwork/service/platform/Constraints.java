package org.providernetwork.service.platform;

import java.sql.SQLException;

/** Recognises database constraint violations in an exception chain. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether the chain holds an integrity constraint violation (SQLState class 23). */
    public static boolean isViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
