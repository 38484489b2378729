package org.providernetwork.service.outcome;

import org.providernetwork.domain.outcome.ChildRecord;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Episode;
import org.providernetwork.domain.outcome.InHomeService;
import org.providernetwork.domain.outcome.Maltreatment;
import org.providernetwork.domain.outcome.OfferAnswer;
import org.providernetwork.domain.outcome.OutcomeData;
import org.providernetwork.domain.outcome.Placement;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;
import org.providernetwork.domain.referral.OfferMeasures;
import org.providernetwork.domain.referral.OfferStatus;
import org.providernetwork.service.platform.SqlValues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the whole outcome history (the portal's own, imported and demo) for the indicator engine: one plain
 * scan per table, streamed row by row on MySQL and MariaDB so that national-scale history (millions of
 * placements) does not sit twice in memory. The engine names a child by its key (the extract's child id, or the
 * portal's own key), so drill-downs list children as the state knows them. Dates and times are read as stored (UTC).
 */
public final class OutcomeHistory {

    private OutcomeHistory() {
    }

    public static OutcomeData load(Connection connection) throws SQLException {
        int fetch = streaming(connection);
        List<ChildRecord> children = new ArrayList<>();
        Map<Long, String> keys = new HashMap<>();
        scan(connection, fetch, "SELECT id, child_key, birth_date, sex, home_county_fips, sibling_group FROM outcome_child", r -> {
            String key = r.getString(2);
            keys.put(r.getLong(1), key);
            children.add(new ChildRecord(key, day(r, 3), Sex.valueOf(r.getString(4)), trimmed(r.getString(5)), r.getString(6)));
        });
        List<Episode> episodes = new ArrayList<>();
        scan(connection, fetch, "SELECT child_id, episode_no, removal_date, discharge_date, discharge_reason FROM outcome_episode", r -> {
            String reason = r.getString(5);
            episodes.add(new Episode(keys.get(r.getLong(1)), r.getInt(2), day(r, 3), day(r, 4),
                    reason == null ? null : DischargeReason.valueOf(reason)));
        });
        List<Placement> placements = new ArrayList<>();
        scan(connection, fetch, "SELECT child_id, episode_no, start_date, end_date, setting, provider_id, county_fips, contract_id"
                + " FROM outcome_placement", r -> placements.add(new Placement(keys.get(r.getLong(1)), r.getInt(2), day(r, 3), day(r, 4),
                Setting.valueOf(r.getString(5)), longOrNull(r, 6), trimmed(r.getString(7)), longOrNull(r, 8))));
        List<Maltreatment> maltreatment = new ArrayList<>();
        scan(connection, fetch, "SELECT child_id, report_date, substantiated, in_care, report_id FROM outcome_maltreatment", r ->
                maltreatment.add(new Maltreatment(keys.get(r.getLong(1)), day(r, 2), r.getBoolean(3), r.getBoolean(4), r.getString(5))));
        List<InHomeService> inHome = new ArrayList<>();
        scan(connection, fetch, "SELECT child_id, start_date, end_date FROM outcome_in_home", r ->
                inHome.add(new InHomeService(keys.get(r.getLong(1)), day(r, 2), day(r, 3))));
        List<OfferAnswer> answers = new ArrayList<>();
        // only the offers the referral measures count (OfferMeasures): the others would be skipped by the engine
        scan(connection, fetch, "SELECT provider_id, offered_at, respond_by, responded_at, status FROM referral_offer"
                + " WHERE status IN (" + SqlValues.inList(OfferMeasures.COUNTED) + ")", r ->
                answers.add(OfferAnswer.of(r.getLong(1), instant(r, 2), instant(r, 3), instant(r, 4),
                        OfferStatus.valueOf(r.getString(5).trim()))));
        // a lead's providers as the tenant scope has them (TenantScope.organisations): the local providers of its region
        Map<Long, Set<Long>> leadsByProvider = new HashMap<>();
        scan(connection, fetch, "SELECT p.id, l.id FROM organisation p JOIN organisation_region pr ON pr.organisation_id = p.id"
                + " JOIN organisation l ON l.region_id = pr.region_id AND l.org_type = 'LEAD_CONTRACTOR'"
                + " WHERE p.org_type = 'LOCAL_PROVIDER'",
                r -> leadsByProvider.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2)));
        return new OutcomeData(children, episodes, placements, maltreatment, inHome, answers, leadsByProvider);
    }

    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private static void scan(Connection connection, int fetch, String sql, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetch);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }

    /** Row-by-row streaming on MySQL and MariaDB (their drivers' signal for it); batches of 1,000 elsewhere. */
    private static int streaming(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb") ? Integer.MIN_VALUE : 1000;
    }

    private static LocalDate day(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        java.time.LocalDateTime t = r.getObject(column, java.time.LocalDateTime.class);
        return t == null ? null : t.toInstant(java.time.ZoneOffset.UTC);
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
