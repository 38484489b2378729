package org.providernetwork.service.platform;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.providernetwork.service.reference.ReferenceFiles;
import org.providernetwork.service.reference.ReferenceFiles.CountyRow;
import org.providernetwork.service.reference.ReferenceFiles.NeedRow;
import org.providernetwork.service.reference.ReferenceFiles.RegionRow;
import org.providernetwork.service.reference.ReferenceFiles.ServiceTypeRow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the reference files shipped under {@code reference/}: regions, counties with their region,
 * the service taxonomy and need codes. Ids are assigned in file order.
 */
public class V2__Reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ReferenceFiles files = ReferenceFiles.load();
        Connection connection = context.getConnection();
        Map<String, Long> regionIds = insertRegions(connection, files.regions());
        insertCounties(connection, files.counties(), regionIds);
        insertServiceTypes(connection, files.serviceTypes());
        insertNeeds(connection, files.needs());
    }

    @Override
    public Integer getChecksum() {
        try {
            return ReferenceFiles.checksum();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> insertRegions(Connection connection, List<RegionRow> regions) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO region (id, code, name) VALUES (?, ?, ?)")) {
            long id = 1;
            for (RegionRow region : regions) {
                insert.setLong(1, id);
                insert.setString(2, region.code());
                insert.setString(3, region.name());
                insert.addBatch();
                ids.put(region.code(), id++);
            }
            insert.executeBatch();
        }
        return ids;
    }

    private static void insertCounties(Connection connection, List<CountyRow> counties, Map<String, Long> regionIds)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO county (fips, name, latitude, longitude, region_id) VALUES (?, ?, ?, ?, ?)")) {
            for (CountyRow county : counties) {
                insert.setString(1, county.fips());
                insert.setString(2, county.name());
                insert.setBigDecimal(3, new BigDecimal(county.latitude()));
                insert.setBigDecimal(4, new BigDecimal(county.longitude()));
                Long region = county.regionCode() == null ? null : regionIds.get(county.regionCode());
                if (county.regionCode() != null && region == null) {
                    throw new IllegalStateException("county " + county.fips() + " names unknown region " + county.regionCode());
                }
                if (region == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, region);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertServiceTypes(Connection connection, List<ServiceTypeRow> types) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO service_type "
                + "(id, code, name, category, statewide, placement, description) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            long id = 1;
            for (ServiceTypeRow type : types) {
                insert.setLong(1, id++);
                insert.setString(2, type.code());
                insert.setString(3, type.name());
                insert.setString(4, type.category());
                insert.setBoolean(5, type.statewide());
                insert.setBoolean(6, type.placement());
                insert.setString(7, type.description());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertNeeds(Connection connection, List<NeedRow> needs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO need_code (id, code, name, description) VALUES (?, ?, ?, ?)")) {
            long id = 1;
            for (NeedRow need : needs) {
                insert.setLong(1, id++);
                insert.setString(2, need.code());
                insert.setString(3, need.name());
                insert.setString(4, need.description());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
