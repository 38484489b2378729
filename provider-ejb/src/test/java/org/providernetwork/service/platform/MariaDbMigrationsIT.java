package org.providernetwork.service.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providernetwork.domain.account.PasswordHash;
import org.providernetwork.domain.demo.DemoNetwork;
import org.providernetwork.domain.demo.DemoNetworkGenerator;
import org.providernetwork.service.demo.DemoDataWriter;
import org.providernetwork.service.reference.ReferenceFiles;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same migrations and demo writer on the real MariaDB server, in a database of their own. */
class MariaDbMigrationsIT {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mysql://127.0.0.1:3306/");
    private final String database = "portal_mig_" + System.nanoTime();
    private MysqlDataSource dataSource;

    @BeforeEach
    void createDatabase() throws SQLException {
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        dataSource = new MysqlDataSource();
        dataSource.setURL(SERVER + database);
        dataSource.setUser(System.getProperty("it.db.user", "root"));
        dataSource.setPassword(System.getProperty("it.db.password", ""));
        dataSource.setRewriteBatchedStatements(true);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void migratesAndLoadsTheDemoNetwork() throws Exception {
        assertEquals(20, Migrations.migrate(dataSource, "Test State Agency").migrationsExecuted);
        assertEquals(82, count("SELECT COUNT(*) FROM county WHERE region_id IS NOT NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name <> 'flyway_schema_history' AND engine <> 'InnoDB'"));
        DemoNetwork network = new DemoNetworkGenerator(ReferenceFiles.load().toDemoReference()).generate(100, 42);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            new DemoDataWriter(c, java.time.Clock.system(org.providernetwork.domain.shared.StateCalendar.DEFAULT_ZONE)).write(network, PasswordHash.hash("x".toCharArray(), 1000));
            c.commit();
        }
        assertEquals(network.offerings().size(), count("SELECT COUNT(*) FROM service_offering"));
        assertEquals(network.offerings().size(), count("SELECT COUNT(*) FROM offering_capacity"));
        assertEquals(network.offerings().size() * 12L, count("SELECT COUNT(*) FROM capacity_change"));
        assertEquals(0, count("SELECT COUNT(*) FROM offering_capacity WHERE contracted = FALSE"),
                "the funded-capacity statement runs on MariaDB and covers every demo offering");
        SQLException duplicate = assertThrows(SQLException.class, () -> execute(dataSource.getConnection(),
                "INSERT INTO organisation (id, name, name_key, org_type, active, created_at, updated_at, version)"
                        + " VALUES (2, 'x', LOWER('Test State Agency'), 'LOCAL_PROVIDER', TRUE, NOW(), NOW(), 1)"));
        assertTrue(Constraints.isViolation(duplicate));
    }

    @Test
    void auditRecordsCanBeAddedButNeitherChangedNorRemoved() throws Exception {
        Migrations.migrate(dataSource, "Test State Agency");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_event (occurred_at, username, action, entity_type, entity_id)"
                    + " VALUES (NOW(6), 'someone', 'CREATE', 'Organisation', '1')");
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_event SET username = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event"));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE username = 'someone'"));
    }

    @Test
    void everyForeignKeyHasAnIndex() throws Exception {
        Migrations.migrate(dataSource, "Test State Agency");
        // a foreign key column that is not the first column of some index
        long unindexed = count("SELECT COUNT(*) FROM information_schema.key_column_usage k"
                + " WHERE k.table_schema = DATABASE() AND k.referenced_table_name IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM information_schema.statistics s WHERE s.table_schema = k.table_schema"
                + " AND s.table_name = k.table_name AND s.column_name = k.column_name AND s.seq_in_index = 1)");
        assertEquals(0, unindexed);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        MysqlDataSource server = new MysqlDataSource();
        server.setURL(SERVER);
        server.setUser(System.getProperty("it.db.user", "root"));
        server.setPassword(System.getProperty("it.db.password", ""));
        execute(server.getConnection(), sql);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (connection; Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
