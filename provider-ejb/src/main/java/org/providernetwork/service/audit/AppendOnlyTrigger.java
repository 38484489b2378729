package org.providernetwork.service.audit;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/** The embedded database's guard of the audit trail: any update or delete of an audit row fails. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit records are append-only", "45000");
    }
}
