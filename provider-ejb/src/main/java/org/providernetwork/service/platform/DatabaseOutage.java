package org.providernetwork.service.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure caused by the database being unreachable (refused or lost connections, a pool that
 * cannot hand out a connection) from every other failure. The API answers the first with 503 and
 * {@code Retry-After}, never 500: the request was not carried out and may be sent again.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** Whether {@code error}, or anything it was caused by, says the database could not be reached. */
    public static boolean causedBy(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return causedBy(error, seen);
    }

    private static boolean causedBy(Throwable error, Map<Throwable, Boolean> seen) {
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isOutage(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && causedBy(sql.getNextException(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof jakarta.transaction.SystemException) {
            // the transaction manager could not complete the commit: the connection broke under it (a request
            // caught in flight when the database went away); nothing was acknowledged, and it may be sent again
            return true;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith("08")) {
                return true; // SQL standard class 08: connection exception
            }
        }
        String type = t.getClass().getName();
        // the container's pool could not create or hand out a connection
        return type.endsWith(".PoolingException") || type.endsWith(".ResourceAllocationException")
                || type.endsWith(".CommunicationsException");
    }
}
