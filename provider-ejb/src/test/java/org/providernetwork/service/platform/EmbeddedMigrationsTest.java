package org.providernetwork.service.platform;

import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.account.PasswordHash;
import org.providernetwork.domain.demo.DemoNetwork;
import org.providernetwork.domain.demo.DemoNetworkGenerator;
import org.providernetwork.service.demo.DemoDataWriter;
import org.providernetwork.service.reference.ReferenceFiles;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations and the demo writer on a real (in-memory) H2 database in the portal's MySQL mode. */
class EmbeddedMigrationsTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + RoutingDataSource.H2_OPTIONS);
        dataSource.setUser("sa");
    }

    @Test
    void migratesAnEmptyDatabaseAndLoadsReferenceData() throws Exception {
        MigrateResult result = Migrations.migrate(dataSource, "Test State Agency");
        assertEquals(20, result.migrationsExecuted);
        assertEquals(9, count("SELECT COUNT(*) FROM service_type WHERE level_of_care IS NOT NULL"), "every placement service has a level");
        assertEquals(0, count("SELECT COUNT(*) FROM service_type WHERE placement = TRUE AND level_of_care IS NULL"));
        assertEquals(82, count("SELECT COUNT(*) FROM county"));
        assertEquals(0, count("SELECT COUNT(*) FROM county WHERE region_id IS NULL"));
        assertEquals(7, count("SELECT COUNT(*) FROM region"));
        assertEquals(6, count("SELECT COUNT(*) FROM portal_role"));
        assertEquals(1, count("SELECT COUNT(*) FROM organisation WHERE org_type = 'STATE_AGENCY' AND name = 'Test State Agency'"));
        assertEquals(0, Migrations.migrate(dataSource, "Test State Agency").migrationsExecuted, "a second run changes nothing");
    }

    @Test
    void theSchemaRefusesDuplicateNamesAndUnknownCounties() throws Exception {
        Migrations.migrate(dataSource, "Test State Agency");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException duplicate = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO organisation"
                    + " (id, name, name_key, org_type, active, created_at, updated_at, version)"
                    + " VALUES (2, 'Another', LOWER('Test State Agency'), 'LOCAL_PROVIDER', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"));
            assertTrue(Constraints.isViolation(duplicate));
            SQLException county = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO organisation"
                    + " (id, name, name_key, org_type, hq_county_fips, active, created_at, updated_at, version)"
                    + " VALUES (3, 'Nowhere', 'nowhere', 'LOCAL_PROVIDER', '28999', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"));
            assertTrue(Constraints.isViolation(county));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM organisation"));
    }

    @Test
    void auditRecordsCanBeAddedButNeitherChangedNorRemoved() throws Exception {
        Migrations.migrate(dataSource, "Test State Agency");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_event (occurred_at, username, action, entity_type, entity_id)"
                    + " VALUES (CURRENT_TIMESTAMP, 'someone', 'CREATE', 'Organisation', '1')");
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_event SET username = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event"));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE username = 'someone'"));
    }

    /** On any day: the demo counts its periods, expiries and history from the day it is loaded. */
    @ParameterizedTest(name = "loaded at {0}")
    @MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
    void theDemoNetworkLoadsWithIdsAboveTheGeneratorsAndAdvancesThem(Clock clock) throws Exception {
        Migrations.migrate(dataSource, "Test State Agency");
        DemoNetwork network = new DemoNetworkGenerator(ReferenceFiles.load().toDemoReference()).generate(100, 42);
        try (Connection c = dataSource.getConnection()) {
            assertFalse(DemoDataWriter.hasNetwork(c));
            c.setAutoCommit(false);
            new DemoDataWriter(c, clock).write(network, PasswordHash.hash("x".toCharArray(), 1000));
            c.commit();
            assertTrue(DemoDataWriter.hasNetwork(c));
        }
        assertEquals(network.organisations().size() + 1, count("SELECT COUNT(*) FROM organisation"));
        assertEquals(network.offerings().size(), count("SELECT COUNT(*) FROM service_offering"));
        assertEquals(network.offerings().size(), count("SELECT COUNT(*) FROM offering_capacity"));
        assertEquals(network.offerings().size() * 12L, count("SELECT COUNT(*) FROM capacity_change"),
                "today's figures and eleven weeks of history per offering");
        assertEquals(network.contracts().size(), count("SELECT COUNT(*) FROM contract WHERE status = 'ACTIVE'"));
        assertEquals(0, count("SELECT COUNT(*) FROM offering_capacity WHERE contracted = FALSE"),
                "every demo offering is covered by an active contract on the day it is loaded");
        assertTrue(count("SELECT SUM(funded) FROM offering_capacity") > 0);
        assertEquals(network.users().size(), count("SELECT COUNT(*) FROM user_account"));
        assertEquals(100 + network.organisations().size(), count("SELECT gen_value FROM id_generator WHERE gen_name = 'organisation'"));
        assertEquals(101, count("SELECT MIN(id) FROM organisation WHERE org_type <> 'STATE_AGENCY'"));
        assertEquals(0, count("SELECT COUNT(*) FROM service_offering s WHERE NOT EXISTS"
                + " (SELECT 1 FROM offering_county oc WHERE oc.offering_id = s.id AND oc.county_fips = s.location_county_fips)"));
    }

    @ParameterizedTest(name = "loaded at {0}")
    @MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
    void theQualityDemoHoldsABaselineAndAFollowUpForTwoRegionsAndOpenPlans(Clock clock) throws Exception {
        Migrations.migrate(dataSource, "Test State Agency");
        var reference = ReferenceFiles.load().toDemoReference();
        DemoNetwork network = new DemoNetworkGenerator(reference).generate(100, 42);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            DemoDataWriter writer = new DemoDataWriter(c, clock);
            writer.write(network, PasswordHash.hash("x".toCharArray(), 1000));
            writer.writeQuality(reference, network, 45);
            c.commit();
        }
        assertEquals(2, count("SELECT COUNT(DISTINCT region_code) FROM cqi_cycle WHERE kind = 'BASELINE'"));
        assertEquals(2, count("SELECT COUNT(DISTINCT region_code) FROM cqi_cycle WHERE kind = 'FOLLOW_UP'"));
        assertEquals(0, count("SELECT COUNT(*) FROM cqi_case_review r WHERE r.status = 'COMPLETED' AND"
                + " (SELECT COUNT(*) FROM cqi_rating g WHERE g.review_id = r.id) <> 13"), "a completed review rates every item");
        assertTrue(count("SELECT COUNT(*) FROM cqi_case_review WHERE status = 'COMPLETED'") >= 32);
        assertTrue(count("SELECT COUNT(*) FROM cqi_case_review WHERE status = 'SAMPLED' AND reviewer = 'cqi.reviewer'") > 0);
        assertEquals(2, count("SELECT COUNT(*) FROM cqi_plan WHERE status = 'OPEN'"));
        assertEquals(21, count("SELECT COUNT(*) FROM cqi_stage"));
        assertEquals(0, count("SELECT COUNT(*) FROM referral WHERE id < 100"), "ids above the generator's start");
        assertTrue(count("SELECT gen_value FROM id_generator WHERE gen_name = 'referral'") >= 100 + count("SELECT COUNT(*) FROM referral"));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
