package org.providernetwork.service.platform;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database the portal runs on; the few places that differ ask this. */
public enum DatabaseKind {
    MYSQL("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"),
    H2("");

    private final String tableOptions;

    DatabaseKind(String tableOptions) {
        this.tableOptions = tableOptions;
    }

    /** The storage clause appended to CREATE TABLE in migrations. */
    public String tableOptions() {
        return tableOptions;
    }

    public static DatabaseKind of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    public static DatabaseKind of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return MYSQL;
        }
        throw new IllegalStateException("unsupported database: " + product);
    }
}
