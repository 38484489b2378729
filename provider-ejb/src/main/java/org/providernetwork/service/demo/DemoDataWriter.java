package org.providernetwork.service.demo;

import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.demo.DemoNetwork;
import org.providernetwork.domain.demo.DemoOutcomes;
import org.providernetwork.domain.outcome.ChildRecord;
import org.providernetwork.domain.outcome.Episode;
import org.providernetwork.domain.outcome.InHomeService;
import org.providernetwork.domain.outcome.Maltreatment;
import org.providernetwork.domain.outcome.OutcomeData;
import org.providernetwork.domain.outcome.Placement;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.platform.IdBlocks;

import org.providernetwork.service.contract.FundedCapacity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
    /** Weeks of capacity history written before the current figures. */
    private static final int HISTORY_WEEKS = 11;

    private final Clock clock;
    private final Instant now;
    private final LocalDate today;
    /** Ids given to the organisations (by key) and offerings (in order) of the network written. */
    private final Map<String, Long> orgIds = new HashMap<>();
    private final java.util.List<Long> offeringIds = new java.util.ArrayList<>();
    private final Map<String, Long> contractIds = new HashMap<>();
    /** The written lines of each contract (by contract id), for the units of care the demo history reports. */
    private final Map<Long, java.util.List<LineRef>> linesByContract = new HashMap<>();

    private record LineRef(long id, DemoNetwork.Line line, LocalDate start, LocalDate end, long supplierId) {
    }

    /** Writes the demo as on the clock's day: every period, expiry and history counts from the state's today. */
    public DemoDataWriter(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
        this.now = clock.instant();
        this.today = LocalDate.now(clock);
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
        orgIds.clear();
        offeringIds.clear();
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
        long nextChange = IdBlocks.reserve(connection, "capacity_change", Math.max(1, network.offerings().size() * (HISTORY_WEEKS + 1)));
        long nextCredential = IdBlocks.reserve(connection, "offering_credential",
                Math.max(1, network.offerings().stream().mapToInt(o -> o.credentials().size()).sum()));
        try (PreparedStatement offering = connection.prepareStatement("INSERT INTO service_offering (id, organisation_id,"
                + " service_type_id, name, location_county_fips, min_age, max_age, genders, max_sibling_group,"
                + " accepts_out_of_county, active, created_at, updated_at, version, description)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 1, ?)");
             PreparedStatement language = connection.prepareStatement(
                     "INSERT INTO offering_language (offering_id, language_code) VALUES (?, ?)");
             PreparedStatement credential = connection.prepareStatement("INSERT INTO offering_credential (id, offering_id,"
                     + " kind, issuer, identifier, expires_on) VALUES (?, ?, ?, ?, ?, ?)");
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
                offeringIds.add(id);
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
                offering.setString(13, o.description());
                offering.addBatch();
                for (String code : o.languages()) {
                    language.setLong(1, id);
                    language.setString(2, code);
                    language.addBatch();
                }
                for (DemoNetwork.Credential c : o.credentials()) {
                    credential.setLong(1, nextCredential++);
                    credential.setLong(2, id);
                    credential.setString(3, c.kind().name());
                    credential.setString(4, c.issuer());
                    credential.setString(5, c.identifier());
                    credential.setDate(6, Date.valueOf(today.plusDays(c.expiresInDays())));
                    credential.addBatch();
                }
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
                capacity.setInt(4, 0); // the waitlist counts waiting referrals: none yet
                capacity.setTimestamp(5, ts);
                capacity.addBatch();
                // a plausible weekly history before today's figures, so that the statewide chart has a past
                for (int week = HISTORY_WEEKS; week >= 0; week--) {
                    int drift = week == 0 ? 0 : (int) Math.floorMod(id * 7 + week * 13, 5) - 2;
                    change.setLong(1, nextChange++);
                    change.setLong(2, id);
                    change.setInt(3, Math.max(0, Math.min(o.maximum(), o.available() + drift)));
                    change.setInt(4, o.maximum());
                    change.setInt(5, 0);
                    change.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(7L * week))));
                    change.addBatch();
                }
            }
            offering.executeBatch();
            language.executeBatch();
            credential.executeBatch();
            county.executeBatch();
            need.executeBatch();
            capacity.executeBatch();
            change.executeBatch();
        }

        writeContracts(network, orgIds);

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

    /**
     * Writes the quality-improvement demo after the network ({@link #write} first): served referrals to
     * review, cycles with reviews, plans, stages and reviewer regions, generated from {@code seed}.
     */
    public void writeQuality(org.providernetwork.domain.demo.DemoReference reference, DemoNetwork network, long seed) throws SQLException {
        int items = DemoQualityWriter.firstInstrumentItems(connection).size();
        org.providernetwork.domain.demo.DemoQuality quality = new org.providernetwork.domain.demo.DemoQualityGenerator(reference)
                .generate(network, items, seed);
        new DemoQualityWriter(connection, clock).write(quality, orgIds, offeringIds, stateAgencyId());
    }

    /** Active contracts with their lines, counties and targets; then every offering's funded capacity. */
    private void writeContracts(DemoNetwork network, Map<String, Long> orgIds) throws SQLException {
        int lineCount = network.contracts().stream().mapToInt(c -> c.lines().size()).sum();
        int targetCount = network.contracts().stream().mapToInt(c -> c.targets().size()).sum();
        long nextContract = IdBlocks.reserve(connection, "contract", Math.max(1, network.contracts().size()));
        long nextLine = IdBlocks.reserve(connection, "contract_line", Math.max(1, lineCount));
        long nextTarget = IdBlocks.reserve(connection, "contract_target", Math.max(1, targetCount));
        Map<String, Long> contractIds = this.contractIds;
        try (PreparedStatement contract = connection.prepareStatement("INSERT INTO contract (id, contract_no, kind,"
                + " purchaser_id, supplier_id, prime_id, start_date, end_date, budget_ceiling, funding_source, status,"
                + " termination_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', NULL, 1)");
             PreparedStatement line = connection.prepareStatement("INSERT INTO contract_line (id, contract_id,"
                     + " service_type_code, unit, unit_rate, funded_capacity) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement county = connection.prepareStatement(
                     "INSERT INTO contract_line_county (contract_line_id, county_fips) VALUES (?, ?)");
             PreparedStatement target = connection.prepareStatement("INSERT INTO contract_target (id, contract_id,"
                     + " indicator, target, direction) VALUES (?, ?, ?, ?, ?)")) {
            for (DemoNetwork.Contract c : network.contracts()) {
                long id = nextContract++;
                contractIds.put(c.number(), id);
                contract.setLong(1, id);
                contract.setString(2, c.number());
                contract.setString(3, c.kind().name());
                contract.setLong(4, orgIds.get(c.purchaserKey()));
                contract.setLong(5, orgIds.get(c.supplierKey()));
                if (c.primeNumber() == null) {
                    contract.setNull(6, Types.BIGINT);
                } else {
                    contract.setLong(6, contractIds.get(c.primeNumber()));
                }
                contract.setDate(7, Date.valueOf(today.plusDays(c.startOffsetDays())));
                contract.setDate(8, Date.valueOf(today.plusDays(c.endOffsetDays())));
                contract.setBigDecimal(9, c.budgetCeiling());
                contract.setString(10, c.fundingSource());
                contract.addBatch();
                for (DemoNetwork.Line l : c.lines()) {
                    long lineId = nextLine++;
                    line.setLong(1, lineId);
                    line.setLong(2, id);
                    line.setString(3, l.serviceTypeCode());
                    line.setString(4, l.unit().name());
                    line.setBigDecimal(5, l.unitRate());
                    line.setInt(6, l.fundedCapacity());
                    line.addBatch();
                    linesByContract.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(new LineRef(lineId, l,
                            today.plusDays(c.startOffsetDays()), today.plusDays(c.endOffsetDays()), orgIds.get(c.supplierKey())));
                    for (String fips : l.countyFips()) {
                        county.setLong(1, lineId);
                        county.setString(2, fips);
                        county.addBatch();
                    }
                }
                for (DemoNetwork.Target t : c.targets()) {
                    target.setLong(1, nextTarget++);
                    target.setLong(2, id);
                    target.setString(3, t.indicator().name());
                    target.setBigDecimal(4, t.target());
                    target.setString(5, t.direction().name());
                    target.addBatch();
                }
            }
            // primes first: a subcontract's row refers to its prime's
            contract.executeBatch();
            line.executeBatch();
            county.executeBatch();
            target.executeBatch();
        }
        FundedCapacity.recomputeAll(connection, today);
    }

    /**
     * Writes a generated outcome history (after {@link #write}, whose organisations and contracts it refers
     * to): children, episodes, placements, maltreatment reports and in-home services.
     */
    public void writeOutcomes(DemoNetwork network, DemoOutcomes generator, int entriesPerYear, int years, long seed)
            throws SQLException {
        OutcomeData data = generator.generate(network, entriesPerYear, years, today, seed, orgIds::get, contractIds::get);
        Map<String, Long> childIds = new HashMap<>();
        long nextChild = IdBlocks.reserve(connection, "outcome_child", Math.max(1, data.children().size()));
        try (PreparedStatement child = connection.prepareStatement("INSERT INTO outcome_child (id, child_key, source, birth_date,"
                + " sex, home_county_fips, sibling_group, referral_id) VALUES (?, ?, 'DEMO', ?, ?, ?, ?, NULL)")) {
            for (ChildRecord c : data.children()) {
                long id = nextChild++;
                childIds.put(c.childId(), id);
                child.setLong(1, id);
                child.setString(2, c.childId());
                child.setDate(3, Date.valueOf(c.birthDate()));
                child.setString(4, c.sex().name());
                child.setString(5, c.homeCountyFips());
                child.setString(6, c.siblingGroupId());
                child.addBatch();
            }
            child.executeBatch();
        }
        long nextEpisode = IdBlocks.reserve(connection, "outcome_episode", Math.max(1, data.episodes().size()));
        try (PreparedStatement episode = connection.prepareStatement("INSERT INTO outcome_episode (id, child_id, episode_no,"
                + " removal_date, discharge_date, discharge_reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Episode e : data.episodes()) {
                episode.setLong(1, nextEpisode++);
                episode.setLong(2, childIds.get(e.childId()));
                episode.setInt(3, e.episodeNo());
                episode.setDate(4, Date.valueOf(e.removalDate()));
                episode.setDate(5, e.dischargeDate() == null ? null : Date.valueOf(e.dischargeDate()));
                episode.setString(6, e.reason() == null ? null : e.reason().name());
                episode.addBatch();
            }
            episode.executeBatch();
        }
        long nextPlacement = IdBlocks.reserve(connection, "outcome_placement", Math.max(1, data.placements().size()));
        try (PreparedStatement placement = connection.prepareStatement("INSERT INTO outcome_placement (id, child_id, episode_no,"
                + " start_date, end_date, setting, provider_id, county_fips, contract_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Placement p : data.placements()) {
                placement.setLong(1, nextPlacement++);
                placement.setLong(2, childIds.get(p.childId()));
                placement.setInt(3, p.episodeNo());
                placement.setDate(4, Date.valueOf(p.startDate()));
                placement.setDate(5, p.endDate() == null ? null : Date.valueOf(p.endDate()));
                placement.setString(6, p.setting().name());
                setLong(placement, 7, p.providerId());
                placement.setString(8, p.countyFips());
                setLong(placement, 9, p.contractId());
                placement.addBatch();
            }
            placement.executeBatch();
        }
        writeUnitsOfCare(data.placements());
        long nextReport = IdBlocks.reserve(connection, "outcome_maltreatment", Math.max(1, data.maltreatments().size()));
        try (PreparedStatement report = connection.prepareStatement("INSERT INTO outcome_maltreatment (id, child_id, report_date,"
                + " substantiated, in_care) VALUES (?, ?, ?, ?, ?)")) {
            for (Maltreatment m : data.maltreatments()) {
                report.setLong(1, nextReport++);
                report.setLong(2, childIds.get(m.childId()));
                report.setDate(3, Date.valueOf(m.reportDate()));
                report.setBoolean(4, m.substantiated());
                report.setBoolean(5, m.inCare());
                report.addBatch();
            }
            report.executeBatch();
        }
        long nextService = IdBlocks.reserve(connection, "outcome_in_home", Math.max(1, data.inHomeServices().size()));
        try (PreparedStatement service = connection.prepareStatement("INSERT INTO outcome_in_home (id, child_id, start_date,"
                + " end_date, provider_id) VALUES (?, ?, ?, ?, NULL)")) {
            for (InHomeService h : data.inHomeServices()) {
                service.setLong(1, nextService++);
                service.setLong(2, childIds.get(h.childId()));
                service.setDate(3, Date.valueOf(h.start()));
                service.setDate(4, h.end() == null ? null : Date.valueOf(h.end()));
                service.addBatch();
            }
            service.executeBatch();
        }
    }

    /**
     * Days of care of the demo placements, as providers would have reported them: one row per contract line and
     * month, on the line (priced per day) whose service gives the placement's setting, within the contract's period
     * and up to today. Gives every contract's utilisation and spend real figures.
     */
    private void writeUnitsOfCare(java.util.List<Placement> placements) throws SQLException {
        Map<LineRef, Map<java.time.YearMonth, Integer>> days = new java.util.LinkedHashMap<>();
        for (Placement p : placements) {
            java.util.List<LineRef> lines = p.contractId() == null ? null : linesByContract.get(p.contractId());
            if (lines == null) {
                continue;
            }
            LineRef chosen = lines.stream().filter(l -> l.line().unit() == org.providernetwork.domain.contract.ServiceUnit.DAY
                    && org.providernetwork.domain.outcome.Setting.forServiceType(l.line().serviceTypeCode()) == p.setting())
                    .findFirst().orElse(null);
            if (chosen == null) {
                continue;
            }
            LocalDate from = p.startDate().isAfter(chosen.start()) ? p.startDate() : chosen.start();
            LocalDate until = p.endDate() == null ? today : p.endDate().minusDays(1);
            until = until.isAfter(chosen.end()) ? chosen.end() : until;
            until = until.isAfter(today) ? today : until;
            for (LocalDate day = from; !day.isAfter(until); ) {
                java.time.YearMonth month = java.time.YearMonth.from(day);
                LocalDate last = month.atEndOfMonth().isAfter(until) ? until : month.atEndOfMonth();
                int count = (int) java.time.temporal.ChronoUnit.DAYS.between(day, last) + 1;
                days.computeIfAbsent(chosen, k -> new java.util.TreeMap<>()).merge(month, count, Integer::sum);
                day = last.plusDays(1);
            }
        }
        int rows = days.values().stream().mapToInt(Map::size).sum();
        long next = IdBlocks.reserve(connection, "service_units", Math.max(1, rows));
        try (PreparedStatement units = connection.prepareStatement("INSERT INTO service_units (id, contract_line_id, referral_id,"
                + " provider_id, delivered_on, units, amount, note, recorded_by, recorded_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'demo', ?)")) {
            java.sql.Timestamp at = java.sql.Timestamp.valueOf(today.atStartOfDay());
            for (Map.Entry<LineRef, Map<java.time.YearMonth, Integer>> line : days.entrySet()) {
                for (Map.Entry<java.time.YearMonth, Integer> month : line.getValue().entrySet()) {
                    LocalDate end = month.getKey().atEndOfMonth();
                    java.math.BigDecimal count = java.math.BigDecimal.valueOf(month.getValue()).setScale(2);
                    units.setLong(1, next++);
                    units.setLong(2, line.getKey().id());
                    units.setLong(3, line.getKey().supplierId());
                    units.setDate(4, Date.valueOf(end.isAfter(today) ? today : end));
                    units.setBigDecimal(5, count);
                    units.setBigDecimal(6, count.multiply(line.getKey().line().unitRate()).setScale(2, java.math.RoundingMode.HALF_UP));
                    units.setString(7, "Days of care in " + month.getKey());
                    units.setTimestamp(8, at);
                    units.addBatch();
                }
            }
            units.executeBatch();
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
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
