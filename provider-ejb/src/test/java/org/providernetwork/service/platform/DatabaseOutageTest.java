package org.providernetwork.service.platform;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("wrapped",
                new RuntimeException(new SQLNonTransientConnectionException("refused")))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Communications link failure", "08S01"))));
        SQLException chained = new SQLException("Error in allocating a connection");
        chained.setNextException(new SQLException("Could not create connection", "08001"));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(chained)));
        // a commit that broke under the transaction manager names no connection at all
        assertTrue(DatabaseOutage.causedBy(new jakarta.ejb.EJBException(new jakarta.transaction.SystemException())));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23000"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("syntax", "42000")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("no")));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
