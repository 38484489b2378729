package org.providernetwork.service.audit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providernetwork.service.platform.Migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explicit audit records (set-based writes, views) on a real in-memory H2 database in the portal's MySQL mode. */
class AuditWriterTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void migratedDatabase() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE");
        dataSource.setUser("sa");
        Migrations.migrate(dataSource, "Test State Agency");
    }

    @Test
    void recordsTheActorTheValuesAndWhomEachRecordConcerns() throws Exception {
        AuditRecord viewed = AuditRecord.viewed("IndicatorDrillDown", "placement-stability").value("numerator", 2)
                .about(AuditSubject.child("afcars:1")).about(AuditSubject.child("afcars:2")).about(AuditSubject.child("afcars:1"));
        AuditRecord changed = AuditRecord.updated("OfferingCapacity", 7).change("funded", 4, 0);
        AuditRecord placed = AuditRecord.created("OutcomePlacement", 9).value("setting", "KIN").value("endDate", null)
                .about(AuditSubject.referral(42)).about(AuditSubject.organisation(3));
        try (Connection c = dataSource.getConnection()) {
            AuditActor.runAs(new AuditActor("state.staff", 1L, "req-12345678"), () -> {
                try {
                    AuditWriter.record(c, List.of(viewed, changed, placed));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        List<String> rows = rows("SELECT username, organisation_id, action, entity_type, entity_id, changes, request_id"
                + " FROM audit_event ORDER BY id", 7);
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.contains("state.staff|1|VIEW|IndicatorDrillDown|placement-stability|"
                + "[{\"field\":\"numerator\",\"old\":null,\"new\":\"2\"}]|req-12345678"), rows.toString());
        assertTrue(rows.contains("state.staff|1|UPDATE|OfferingCapacity|7|[{\"field\":\"funded\",\"old\":\"4\",\"new\":\"0\"}]"
                + "|req-12345678"), rows.toString());
        assertTrue(rows.contains("state.staff|1|CREATE|OutcomePlacement|9|[{\"field\":\"setting\",\"old\":null,\"new\":\"KIN\"}]"
                + "|req-12345678"), "a value that is not there is not recorded: " + rows);
        assertEquals(List.of("IndicatorDrillDown|CHILD|afcars:1", "IndicatorDrillDown|CHILD|afcars:2",
                        "OutcomePlacement|ORGANISATION|3", "OutcomePlacement|REFERRAL|42"),
                rows("SELECT e.entity_type, s.kind, s.subject_id FROM audit_subject s JOIN audit_event e ON e.id = s.audit_event_id"
                        + " ORDER BY e.entity_type, s.kind, s.subject_id", 3), "each subject once, with its own record");
    }

    @Test
    void subjectsCanBeAddedButNeitherChangedNorRemoved() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            AuditWriter.record(c, List.of(AuditRecord.viewed("Referral", 1).about(AuditSubject.referral(1))));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_subject SET subject_id = '2'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_subject"));
        }
        assertEquals(List.of("system|REFERRAL|1"), rows("SELECT e.username, s.kind, s.subject_id FROM audit_subject s"
                + " JOIN audit_event e ON e.id = s.audit_event_id", 3), "work outside a request acts as the system");
    }

    private List<String> rows(String sql, int columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
