package org.providernetwork.service.contract;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providernetwork.domain.account.PasswordHash;
import org.providernetwork.domain.contract.Coverage;
import org.providernetwork.domain.demo.DemoNetworkGenerator;
import org.providernetwork.service.demo.DemoDataWriter;
import org.providernetwork.service.platform.Migrations;
import org.providernetwork.service.platform.RoutingDataSource;
import org.providernetwork.service.reference.ReferenceFiles;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL form of the coverage rule ({@link CoverageSql}, as funded capacity and matching run it) against the rule
 * itself ({@link Coverage}), on the demo network with contracts drafted, terminated, expired and shortened, over days
 * before, inside and after the contracts' periods: both give the same answer for every offering.
 */
class CoverageSqlTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneId.of("America/Chicago"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private record OfferingRow(long id, long provider, String service, String county, boolean active) {
    }

    private static JdbcDataSource dataSource;
    private static List<Coverage.Row> rows;
    private static List<OfferingRow> offerings;

    @BeforeAll
    static void demoNetworkWithContractsInEveryState() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + RoutingDataSource.H2_OPTIONS);
        dataSource.setUser("sa");
        Migrations.migrate(dataSource, "Test State Agency");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            new DemoDataWriter(c, CLOCK).write(new DemoNetworkGenerator(ReferenceFiles.load().toDemoReference()).generate(100, 42),
                    PasswordHash.hash("x".toCharArray(), 1000));
            try (Statement s = c.createStatement()) {
                List<Long> ids = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT id FROM contract WHERE kind <> 'PRIME' ORDER BY id")) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                s.executeUpdate("UPDATE contract SET status = 'DRAFT' WHERE id = " + ids.get(0));
                s.executeUpdate("UPDATE contract SET status = 'TERMINATED' WHERE id = " + ids.get(1));
                s.executeUpdate("UPDATE contract SET status = 'EXPIRED' WHERE id = " + ids.get(2));
                s.executeUpdate("UPDATE contract SET end_date = DATE '" + TODAY.plusDays(10) + "' WHERE id = " + ids.get(3));
                s.executeUpdate("UPDATE contract SET start_date = DATE '" + TODAY.plusDays(5) + "' WHERE id = " + ids.get(4));
                // a county dropped from a line: the provider's offerings there are no longer covered
                s.executeUpdate("DELETE FROM contract_line_county WHERE contract_line_id = (SELECT MIN(l.id) FROM contract_line l"
                        + " WHERE l.contract_id = " + ids.get(5) + ") AND county_fips = (SELECT MIN(county_fips) FROM"
                        + " contract_line_county WHERE contract_line_id = (SELECT MIN(l.id) FROM contract_line l WHERE l.contract_id = "
                        + ids.get(5) + "))");
                s.executeUpdate("UPDATE service_offering SET active = FALSE WHERE id = (SELECT MIN(id) FROM service_offering)");
            }
            c.commit();
            rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT k.id, k.supplier_id, k.status, k.start_date,"
                    + " k.end_date, l.service_type_code, lc.county_fips FROM contract k JOIN contract_line l ON l.contract_id = k.id"
                    + " JOIN contract_line_county lc ON lc.contract_line_id = l.id")) {
                while (r.next()) {
                    Object[] row = new Object[7];
                    for (int i = 0; i < 7; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(CoverageSql.row(row));
                }
            }
            offerings = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT s.id, s.organisation_id, t.code,"
                    + " s.location_county_fips, s.active FROM service_offering s JOIN service_type t ON t.id = s.service_type_id")) {
                while (r.next()) {
                    offerings.add(new OfferingRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4).trim(), r.getBoolean(5)));
                }
            }
        }
    }

    private static List<LocalDate> days() {
        return List.of(TODAY.minusYears(2), TODAY, TODAY.plusDays(7), TODAY.plusDays(30), TODAY.plusDays(200), TODAY.plusYears(3));
    }

    @Test
    void fundedCapacitysContractedFlagIsTheRuleAtTheOfferingsLocation() throws Exception {
        int covered = 0;
        int uncovered = 0;
        for (LocalDate day : days()) {
            Map<Long, Boolean> contracted = new HashMap<>();
            try (Connection c = dataSource.getConnection()) {
                FundedCapacity.recomputeAll(c, day);
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT offering_id, contracted FROM offering_capacity")) {
                    while (r.next()) {
                        contracted.put(r.getLong(1), r.getBoolean(2));
                    }
                }
            }
            for (OfferingRow o : offerings) {
                boolean expected = rows.stream().anyMatch(r -> r.covers(o.provider(), o.service(), o.county(), day));
                assertEquals(expected, contracted.get(o.id()), "offering " + o.id() + " on " + day);
                if (expected) {
                    covered++;
                } else {
                    uncovered++;
                }
            }
        }
        assertTrue(covered > 0 && uncovered > 0, "both answers occur: " + covered + " covered, " + uncovered + " not");
    }

    @Test
    void matchingsContractedCountiesAreTheCountiesWhereTheRuleCovers() throws Exception {
        Set<String> services = new TreeSet<>();
        offerings.forEach(o -> services.add(o.service()));
        int compared = 0;
        for (LocalDate day : days()) {
            for (String service : services) {
                Map<Long, Set<String>> found = new HashMap<>();
                try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(CoverageSql.COUNTIES_OF_TYPE)) {
                    select.setDate(1, Date.valueOf(day));
                    select.setDate(2, Date.valueOf(day));
                    select.setString(3, service);
                    try (ResultSet r = select.executeQuery()) {
                        while (r.next()) {
                            found.computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add(r.getString(2).trim());
                        }
                    }
                }
                for (OfferingRow o : offerings) {
                    if (o.service().equals(service) && o.active()) {
                        assertEquals(Coverage.counties(rows, o.provider(), service, day), found.getOrDefault(o.id(), Set.of()),
                                "offering " + o.id() + " on " + day);
                        compared++;
                    } else {
                        assertTrue(!found.containsKey(o.id()), "only active offerings of the service: " + o.id());
                    }
                }
            }
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    @Test
    void eachDemoPlacementCountyHasOneContractAndItCoversTheOffering() throws SQLException {
        for (OfferingRow o : offerings) {
            var contract = Coverage.contractOf(rows, o.provider(), o.service(), o.county(), TODAY, false);
            contract.ifPresent(id -> assertTrue(rows.stream().anyMatch(r -> r.contractId() == id
                    && r.covers(o.provider(), o.service(), o.county(), TODAY)), "offering " + o.id()));
            assertEquals(contract.isPresent(), rows.stream().anyMatch(r -> r.covers(o.provider(), o.service(), o.county(), TODAY)));
        }
    }
}
