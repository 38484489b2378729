package org.providernetwork.service.demo;

import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.demo.DemoNetwork;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.platform.IdBlocks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a generated network with batched JDBC inserts, in the caller's transaction. Plain Java so that
 * tests and benchmark tools can load data without a container.
 */
public final class DemoDataWriter {

    private final Connection connection;
    private final Instant now;

    public DemoDataWriter(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
    }

    /** Whether the network already has organisations besides the state agency. */
    public static boolean hasNetwork(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM organisation WHERE org_type <> 'STATE_AGENCY'");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Writes the network; {@code passwordHash} becomes every demo account's password. */
    public void write(DemoNetwork network, String passwordHash) throws SQLException {
        Map<String, Long> regions = codes("SELECT code, id FROM region");
        Map<String, Long> serviceTypes = codes("SELECT code, id FROM service_type");
        Map<String, Long> needs = codes("SELECT code, id FROM need_code");
        Map<String, Long> orgIds = new HashMap<>();
        orgIds.put(DemoNetwork.STATE_AGENCY_KEY, stateAgencyId());

        long nextOrg = IdBlocks.reserve(connection, "organisation", network.organisations().size());
        Timestamp ts = Timestamp.from(now);
        try (PreparedStatement orgInsert = connection.prepareStatement("INSERT INTO organisation (id, name, name_key, org_type,"
                + " region_id, hq_county_fips, address_line, city, postal_code, phone, email, website, active,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, TRUE, ?, ?, 1)");
             PreparedStatement orgRegion = connection.prepareStatement(
                     "INSERT INTO organisation_region (organisation_id, region_id) VALUES (?, ?)")) {
            for (DemoNetwork.Organisation o : network.organisations()) {
                long id = nextOrg++;
                orgIds.put(o.key(), id);
                orgInsert.setLong(1, id);
                orgInsert.setString(2, o.name());
                orgInsert.setString(3, Organisation.nameKey(o.name()));
                orgInsert.setString(4, o.type().name());
                if (o.type() == OrganisationType.LEAD_CONTRACTOR) {
                    orgInsert.setLong(5, regions.get(o.leadRegionCode()));
                } else {
                    orgInsert.setNull(5, Types.BIGINT);
                }
                orgInsert.setString(6, o.headquartersCountyFips());
                orgInsert.setString(7, o.city());
                orgInsert.setString(8, o.phone());
                orgInsert.setString(9, o.email());
                orgInsert.setString(10, o.website());
                orgInsert.setTimestamp(11, ts);
                orgInsert.setTimestamp(12, ts);
                orgInsert.addBatch();
                for (String region : o.serviceRegionCodes()) {
                    orgRegion.setLong(1, id);
                    orgRegion.setLong(2, regions.get(region));
                    orgRegion.addBatch();
                }
            }
            orgInsert.executeBatch();
            orgRegion.executeBatch();
        }

        long nextOffering = IdBlocks.reserve(connection, "service_offering", Math.max(1, network.offerings().size()));
        long nextChange = IdBlocks.reserve(connection, "capacity_change", Math.max(1, network.offerings().size()));
        try (PreparedStatement offering = connection.prepareStatement("INSERT INTO service_offering (id, organisation_id,"
                + " service_type_id, name, location_county_fips, min_age, max_age, genders, max_sibling_group,"
                + " accepts_out_of_county, active, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 1)");
             PreparedStatement county = connection.prepareStatement(
                     "INSERT INTO offering_county (offering_id, county_fips) VALUES (?, ?)");
             PreparedStatement need = connection.prepareStatement(
                     "INSERT INTO offering_need (offering_id, need_code_id) VALUES (?, ?)");
             PreparedStatement capacity = connection.prepareStatement("INSERT INTO offering_capacity (offering_id,"
                     + " available, maximum, waitlist, reserved, updated_at, updated_by, version) VALUES (?, ?, ?, ?, 0, ?, 'system', 1)");
             PreparedStatement change = connection.prepareStatement("INSERT INTO capacity_change (id, offering_id,"
                     + " available, maximum, waitlist, reserved, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, 0, 'system', ?)")) {
            for (DemoNetwork.Offering o : network.offerings()) {
                long id = nextOffering++;
                offering.setLong(1, id);
                offering.setLong(2, orgIds.get(o.providerKey()));
                offering.setLong(3, serviceTypes.get(o.serviceTypeCode()));
                offering.setString(4, o.name());
                offering.setString(5, o.locationCountyFips());
                offering.setInt(6, o.minAge());
                offering.setInt(7, o.maxAge());
                offering.setString(8, o.genders().name());
                offering.setInt(9, o.maxSiblingGroup());
                offering.setBoolean(10, o.acceptsOutOfCounty());
                offering.setTimestamp(11, ts);
                offering.setTimestamp(12, ts);
                offering.addBatch();
                Set<String> served = new LinkedHashSet<>();
                served.add(o.locationCountyFips());
                served.addAll(o.servedCountyFips());
                for (String fips : served) {
                    county.setLong(1, id);
                    county.setString(2, fips);
                    county.addBatch();
                }
                for (String code : o.needCodes()) {
                    need.setLong(1, id);
                    need.setLong(2, needs.get(code));
                    need.addBatch();
                }
                capacity.setLong(1, id);
                capacity.setInt(2, o.available());
                capacity.setInt(3, o.maximum());
                capacity.setInt(4, o.waitlist());
                capacity.setTimestamp(5, ts);
                capacity.addBatch();
                change.setLong(1, nextChange++);
                change.setLong(2, id);
                change.setInt(3, o.available());
                change.setInt(4, o.maximum());
                change.setInt(5, o.waitlist());
                change.setTimestamp(6, ts);
                change.addBatch();
            }
            offering.executeBatch();
            county.executeBatch();
            need.executeBatch();
            capacity.executeBatch();
            change.executeBatch();
        }

        long nextUser = IdBlocks.reserve(connection, "user_account", network.users().size());
        try (PreparedStatement user = connection.prepareStatement("INSERT INTO user_account (id, username, display_name,"
                + " email, organisation_id, password_hash, active, created_at, last_login_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, NULL, 1)");
             PreparedStatement role = connection.prepareStatement(
                     "INSERT INTO user_account_role (user_account_id, role_code) VALUES (?, ?)")) {
            for (DemoNetwork.User u : network.users()) {
                long id = nextUser++;
                user.setLong(1, id);
                user.setString(2, u.username());
                user.setString(3, u.displayName());
                user.setString(4, u.username() + "@example.org");
                user.setLong(5, orgIds.get(u.organisationKey()));
                user.setString(6, passwordHash);
                user.setTimestamp(7, ts);
                user.addBatch();
                for (PortalRole r : u.roles()) {
                    role.setLong(1, id);
                    role.setString(2, r.getCode());
                    role.addBatch();
                }
            }
            user.executeBatch();
            role.executeBatch();
        }
    }

    private long stateAgencyId() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MIN(id) FROM organisation WHERE org_type = 'STATE_AGENCY'");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            if (rs.wasNull()) {
                throw new IllegalStateException("the state agency is missing: run the migrations first");
            }
            return id;
        }
    }

    private Map<String, Long> codes(String sql) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }
}
