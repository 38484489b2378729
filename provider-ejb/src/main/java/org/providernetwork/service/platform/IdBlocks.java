package org.providernetwork.service.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reserves blocks of ids from the {@code id_generator} table the same way the JPA table generators do
 * (advance the counter, use the values up to it), so bulk JDBC loads and JPA never hand out the same id.
 */
public final class IdBlocks {

    private IdBlocks() {
    }

    /** Reserves {@code count} ids and returns the first; the block is {@code first .. first + count - 1}. */
    public static long reserve(Connection connection, String generator, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_generator SET gen_value = gen_value + ? WHERE gen_name = ?")) {
            update.setLong(1, count);
            update.setString(2, generator);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no id generator named " + generator);
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT gen_value FROM id_generator WHERE gen_name = ?")) {
            select.setString(1, generator);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }
}
