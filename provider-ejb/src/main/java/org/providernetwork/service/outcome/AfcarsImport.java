package org.providernetwork.service.outcome;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Disposition;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.StateChildId;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;
import org.providernetwork.service.imports.CsvRows;
import org.providernetwork.service.imports.RowError;
import org.providernetwork.service.platform.IdBlocks;
import org.providernetwork.service.platform.PortalDatabase;
import org.providernetwork.service.reference.ReferenceData;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Imports an AFCARS-style extract of the state's own history (children, episodes, placements, maltreatment
 * reports; {@code docs/outcome-data.md}), in format 1 or format 2 (recognised by the header of {@code children.csv}).
 * Every row is checked first and every problem reported; only a file set without a single error is written, in
 * one transaction, so an import applies whole or not at all. A child the history already holds (by the state's
 * child id) is reconciled with the extract ({@link ExtractReconciliation}); the report says what changed.
 * Imported and portal data feed the same indicators.
 */
@Stateless
@RolesAllowed(Roles.STATE_STAFF)
public class AfcarsImport {

    static final List<String> CHILDREN = List.of("child_id", "date_of_birth", "sex");
    static final List<String> EPISODES = List.of("child_id", "episode_no", "removal_date", "discharge_date", "discharge_reason");
    static final List<String> PLACEMENTS = List.of("child_id", "episode_no", "start_date", "end_date", "setting", "provider_id",
            "county_fips");
    static final List<String> MALTREATMENT = List.of("child_id", "report_date", "substantiated", "in_care");

    /** Format 2: the state's child id names the child in every file; the columns' order here is the rows' order. */
    static final List<String> CHILDREN_V2 = List.of("state_child_id", "date_of_birth", "sex", "home_county_fips",
            "sibling_group_id", "removal_county_fips");
    static final List<String> EPISODES_V2 = v2(EPISODES);
    static final List<String> PLACEMENTS_V2 = v2(PLACEMENTS);
    static final List<String> MALTREATMENT_V2 = List.of("state_child_id", "report_date", "disposition", "in_care", "report_id");

    /** Sibling groups of an extract are kept apart from the portal's own: stored as {@code afcars:<group>}. */
    static final String KEY_PREFIX = "afcars:";

    private static List<String> v2(List<String> v1) {
        List<String> columns = new ArrayList<>(v1);
        columns.set(0, "state_child_id");
        return List.copyOf(columns);
    }

    /** The extract's format, recognised by the header of {@code children.csv}: format 2 names {@code state_child_id}. */
    enum Format {
        V1(1, CHILDREN, EPISODES, PLACEMENTS, MALTREATMENT), V2(2, CHILDREN_V2, EPISODES_V2, PLACEMENTS_V2, MALTREATMENT_V2);

        final int number;
        final List<String> children;
        final List<String> episodes;
        final List<String> placements;
        final List<String> maltreatment;

        Format(int number, List<String> children, List<String> episodes, List<String> placements, List<String> maltreatment) {
            this.number = number;
            this.children = children;
            this.episodes = episodes;
            this.placements = placements;
            this.maltreatment = maltreatment;
        }

        String id() {
            return children.get(0);
        }

        static Format of(String children) {
            if (children == null) {
                return V1;
            }
            int end = children.indexOf('\n');
            String header = (end < 0 ? children : children.substring(0, end)).toLowerCase(Locale.ROOT);
            for (String column : header.split(",")) {
                if (column.replace("\"", "").trim().replace("\uFEFF", "").equals("state_child_id")) {
                    return V2;
                }
            }
            return V1;
        }
    }

    /** What the checks ask of the rest of the system: reference data and the children the history already holds. */
    interface Lookups {
        boolean countyExists(String fips);

        boolean providerExists(long id);

        /** The stored children with these state child ids, by id. */
        Map<String, StoredChild> stored(Set<String> stateChildIds);
    }

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ReferenceData reference;

    @Inject
    private OutcomeStore store;

    /** The checked rows, typed, and per child what writing them changes. */
    record Parsed(Format format, List<ExtractRows.Child> children, List<ExtractRows.Episode> episodes,
                  List<ExtractRows.Placement> placements, List<ExtractRows.Report> maltreatment,
                  List<ExtractReconciliation.Plan> plans, AfcarsReport report) {

        /** An extract of children new to the history (every row is added). */
        static Parsed fresh(List<ExtractRows.Child> children, List<ExtractRows.Episode> episodes,
                            List<ExtractRows.Placement> placements, List<ExtractRows.Report> maltreatment) {
            return planned(Format.V2, children, episodes, placements, maltreatment, Map.of(), List.of());
        }
    }

    /** Checks an extract and reports every problem and what it would change; writes nothing. */
    public AfcarsReport check(@NotNull AfcarsFiles files) {
        return parse(files, lookups()).report();
    }

    /**
     * Writes a valid extract in the caller's transaction, or refuses it whole with its report.
     * {@code progress} hears of each thousand rows written.
     */
    public AfcarsReport apply(@NotNull AfcarsFiles files, IntConsumer progress) {
        Parsed parsed = parse(files, lookups());
        if (!parsed.report().valid()) {
            throw new AfcarsRejectedException(parsed.report());
        }
        try (Connection connection = dataSource.getConnection()) {
            write(connection, parsed, progress == null ? n -> { } : progress);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new ConflictException("children", "a child of this extract was imported or changed meanwhile; nothing was written: check the extract again");
            }
            throw new IllegalStateException("writing the extract failed; nothing was written", e);
        }
        store.invalidate();
        return parsed.report();
    }

    static Parsed parse(AfcarsFiles files, Lookups lookups) {
        Format format = Format.of(files.children());
        String id = format.id();
        List<RowError> errors = new ArrayList<>();
        List<String[]> children = rows("children.csv", files.children(), format, format.children, true, errors);
        List<String[]> episodes = rows("episodes.csv", files.episodes(), format, format.episodes, true, errors);
        List<String[]> placements = rows("placements.csv", files.placements(), format, format.placements, true, errors);
        List<String[]> maltreatment = rows("maltreatment.csv", files.maltreatment(), format, format.maltreatment, false, errors);
        if (!errors.isEmpty()) {
            return refused(format, children, episodes, placements, maltreatment, errors);
        }
        Map<String, LocalDate> births = new HashMap<>();
        for (String[] c : children) {
            int row = row(c);
            if (c[0].isBlank()) {
                errors.add(new RowError(row, "children.csv: " + id, c[0], "every child has an id"));
                continue;
            }
            if (!StateChildId.valid(c[0])) {
                errors.add(new RowError(row, "children.csv: " + id, c[0], StateChildId.RULE));
                continue;
            }
            if (births.containsKey(c[0])) {
                errors.add(new RowError(row, "children.csv: " + id, c[0], "the child is listed twice"));
            }
            LocalDate birth = date(errors, row, "children.csv: date_of_birth", c[1], true);
            births.put(c[0], birth);
            sex(errors, row, c[2]);
            if (format == Format.V2) {
                county(errors, lookups, row, "children.csv: home_county_fips", c[3], true);
                if (!c[4].isBlank() && !StateChildId.valid(c[4])) {
                    errors.add(new RowError(row, "children.csv: sibling_group_id", c[4], StateChildId.RULE));
                }
                county(errors, lookups, row, "children.csv: removal_county_fips", c[5], false);
            }
        }
        Map<String, StoredChild> stored = lookups.stored(births.keySet());

        Map<String, LocalDate[]> episodeDates = new HashMap<>();
        for (String[] e : episodes) {
            int row = row(e);
            if (!births.containsKey(e[0])) {
                errors.add(new RowError(row, "episodes.csv: " + id, e[0], "no such child in children.csv"));
            }
            Integer number = integer(errors, row, "episodes.csv: episode_no", e[1]);
            LocalDate removal = date(errors, row, "episodes.csv: removal_date", e[2], true);
            LocalDate discharge = date(errors, row, "episodes.csv: discharge_date", e[3], false);
            if (removal != null && discharge != null && discharge.isBefore(removal)) {
                errors.add(new RowError(row, "episodes.csv: discharge_date", e[3], "before the removal date " + removal));
            }
            if (removal != null && births.get(e[0]) != null && removal.isBefore(births.get(e[0]))) {
                errors.add(new RowError(row, "episodes.csv: removal_date", e[2], "before the child's birth"));
            }
            if (discharge != null && e[4].isBlank()) {
                errors.add(new RowError(row, "episodes.csv: discharge_reason", e[4], "a discharge gives its reason"));
            } else if (discharge == null && !e[4].isBlank()) {
                errors.add(new RowError(row, "episodes.csv: discharge_reason", e[4], "an open episode has no discharge reason"));
            } else if (!e[4].isBlank()) {
                enumValue(errors, row, "episodes.csv: discharge_reason", e[4], DischargeReason.class);
            }
            if (number != null && episodeDates.put(e[0] + "#" + number, new LocalDate[] {removal, discharge}) != null) {
                errors.add(new RowError(row, "episodes.csv: episode_no", e[1], "the child's episode " + number + " is listed twice"));
            }
        }
        // a known child's placements in episodes the extract does not send are kept: the new ones must not overlap them
        Map<String, List<Spell>> spells = new HashMap<>();
        // and placements providers reported through the portal are kept whatever the extract says
        stored.forEach((child, known) -> {
            known.placements().stream().filter(p -> !episodeDates.containsKey(child + "#" + p.row().episode()))
                    .forEach(p -> spells.computeIfAbsent(child, k -> new ArrayList<>()).add(new Spell(p.row().start(), p.row().end(), 0,
                            "stored placement from " + p.row().start() + " (its episode is not in this extract)")));
            known.reported().forEach(p -> spells.computeIfAbsent(child, k -> new ArrayList<>()).add(new Spell(p.start(), p.end(), 0,
                    "placement from " + p.start() + " that a provider reported (an extract leaves it as it is)")));
        });
        for (String[] p : placements) {
            int row = row(p);
            Integer number = integer(errors, row, "placements.csv: episode_no", p[1]);
            LocalDate[] episode = episodeDates.get(p[0] + "#" + number);
            if (episode == null) {
                errors.add(new RowError(row, "placements.csv: episode_no", p[1], "no such episode of child " + p[0] + " in episodes.csv"));
            }
            LocalDate start = date(errors, row, "placements.csv: start_date", p[2], true);
            LocalDate end = date(errors, row, "placements.csv: end_date", p[3], false);
            if (start != null && end != null && end.isBefore(start)) {
                errors.add(new RowError(row, "placements.csv: end_date", p[3], "before the start date " + start));
            }
            if (episode != null && start != null && episode[0] != null && start.isBefore(episode[0])) {
                errors.add(new RowError(row, "placements.csv: start_date", p[2], "before the episode's removal date " + episode[0]));
            }
            if (episode != null && episode[1] != null && (end == null || end.isAfter(episode[1]))) {
                errors.add(new RowError(row, "placements.csv: end_date", p[3], "the episode ended on " + episode[1]
                        + ": its placements end by then"));
            }
            enumValue(errors, row, "placements.csv: setting", p[4], Setting.class);
            if (!p[5].isBlank()) {
                Long provider = longValue(errors, row, "placements.csv: provider_id", p[5]);
                if (provider != null && !lookups.providerExists(provider)) {
                    errors.add(new RowError(row, "placements.csv: provider_id", p[5], "no such provider"));
                }
            }
            county(errors, lookups, row, "placements.csv: county_fips", p[6], false);
            if (start != null) {
                spells.computeIfAbsent(p[0], k -> new ArrayList<>()).add(new Spell(start, end, row, "placement from " + start));
            }
        }
        spells.forEach((child, list) -> {
            list.sort(Comparator.comparing(Spell::start).thenComparingInt(Spell::row));
            for (int i = 1; i < list.size(); i++) {
                Spell before = list.get(i - 1);
                Spell after = list.get(i);
                if ((before.row() > 0 || after.row() > 0) && (before.end() == null || after.start().isBefore(before.end()))) {
                    Spell named = after.row() > 0 ? after : before;
                    Spell other = named == after ? before : after;
                    errors.add(new RowError(named.row(), "placements.csv: start_date", named.start().toString(),
                            "overlaps child " + child + "'s " + other.what()));
                }
            }
        });
        Set<String> reportIds = new HashSet<>();
        for (String[] m : maltreatment) {
            int row = row(m);
            if (!births.containsKey(m[0])) {
                errors.add(new RowError(row, "maltreatment.csv: " + id, m[0], "no such child in children.csv"));
            }
            date(errors, row, "maltreatment.csv: report_date", m[1], true);
            if (format == Format.V2) {
                disposition(errors, row, m[2]);
                if (m[4].isBlank()) {
                    errors.add(new RowError(row, "maltreatment.csv: report_id", "", "required"));
                } else if (!StateChildId.valid(m[4])) {
                    errors.add(new RowError(row, "maltreatment.csv: report_id", m[4], StateChildId.RULE));
                } else if (!reportIds.add(m[0] + "#" + m[4])) {
                    errors.add(new RowError(row, "maltreatment.csv: report_id", m[4], "the child's report " + m[4] + " is listed twice"));
                }
            } else {
                bool(errors, row, "maltreatment.csv: substantiated", m[2]);
            }
            bool(errors, row, "maltreatment.csv: in_care", m[3]);
        }
        if (!errors.isEmpty()) {
            return refused(format, children, episodes, placements, maltreatment, errors);
        }
        return planned(format, children.stream().map(c -> child(format, c)).toList(),
                episodes.stream().map(AfcarsImport::episode).toList(),
                placements.stream().map(AfcarsImport::placement).toList(),
                maltreatment.stream().map(m -> report(format, m)).toList(), stored, List.of());
    }

    /** A placement's days, from the extract (its row) or stored (row 0), and how a message names it. */
    private record Spell(LocalDate start, LocalDate end, int row, String what) {
    }

    private static Parsed refused(Format format, List<String[]> children, List<String[]> episodes, List<String[]> placements,
                                  List<String[]> maltreatment, List<RowError> errors) {
        errors.sort(Comparator.comparing(RowError::column).thenComparingInt(RowError::row));
        return new Parsed(format, List.of(), List.of(), List.of(), List.of(), List.of(), new AfcarsReport(children.size(),
                episodes.size(), placements.size(), maltreatment.size(), errors, format.number, AfcarsChanges.NONE));
    }

    /** Every child reconciled with what the history holds about it. */
    private static Parsed planned(Format format, List<ExtractRows.Child> children, List<ExtractRows.Episode> episodes,
                                  List<ExtractRows.Placement> placements, List<ExtractRows.Report> maltreatment,
                                  Map<String, StoredChild> stored, List<RowError> errors) {
        Map<String, List<ExtractRows.Episode>> episodesOf = new HashMap<>();
        episodes.forEach(e -> episodesOf.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(e));
        Map<String, List<ExtractRows.Placement>> placementsOf = new HashMap<>();
        placements.forEach(p -> placementsOf.computeIfAbsent(p.child(), k -> new ArrayList<>()).add(p));
        Map<String, List<ExtractRows.Report>> reportsOf = new HashMap<>();
        maltreatment.forEach(m -> reportsOf.computeIfAbsent(m.child(), k -> new ArrayList<>()).add(m));
        List<ExtractReconciliation.Plan> plans = new ArrayList<>(children.size());
        AfcarsChanges changes = AfcarsChanges.NONE;
        for (ExtractRows.Child c : children) {
            ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(c, episodesOf.getOrDefault(c.id(), List.of()),
                    placementsOf.getOrDefault(c.id(), List.of()), reportsOf.getOrDefault(c.id(), List.of()), stored.get(c.id()),
                    format == Format.V2);
            plans.add(plan);
            changes = changes.plus(plan.changes());
        }
        return new Parsed(format, children, episodes, placements, maltreatment, plans, new AfcarsReport(children.size(),
                episodes.size(), placements.size(), maltreatment.size(), errors, format.number, changes));
    }

    private static int row(String[] values) {
        return Integer.parseInt(values[values.length - 1]);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ExtractRows.Child child(Format format, String[] c) {
        boolean full = format == Format.V2;
        String group = full ? blankToNull(c[4]) : null;
        return new ExtractRows.Child(row(c), c[0], LocalDate.parse(c[1]), sexOf(c[2]), full ? blankToNull(c[3]) : null,
                group == null ? null : KEY_PREFIX + group, full ? blankToNull(c[5]) : null);
    }

    private static ExtractRows.Episode episode(String[] e) {
        return new ExtractRows.Episode(row(e), e[0], Integer.parseInt(e[1].trim()), LocalDate.parse(e[2]),
                e[3].isBlank() ? null : LocalDate.parse(e[3]),
                e[4].isBlank() ? null : DischargeReason.valueOf(e[4].trim().toUpperCase(Locale.ROOT)));
    }

    private static ExtractRows.Placement placement(String[] p) {
        return new ExtractRows.Placement(row(p), p[0], Integer.parseInt(p[1].trim()), LocalDate.parse(p[2]),
                p[3].isBlank() ? null : LocalDate.parse(p[3]), Setting.valueOf(p[4].trim().toUpperCase(Locale.ROOT)),
                p[5].isBlank() ? null : Long.parseLong(p[5].trim()), blankToNull(p[6]));
    }

    private static ExtractRows.Report report(Format format, String[] m) {
        if (format == Format.V2) {
            Disposition disposition = dispositionOf(m[2]);
            return new ExtractRows.Report(row(m), m[0], m[4], LocalDate.parse(m[1]), disposition.substantiated(), disposition,
                    truth(m[3]));
        }
        return new ExtractRows.Report(row(m), m[0], null, LocalDate.parse(m[1]), truth(m[2]), null, truth(m[3]));
    }

    /** The rows of one file, each with its row number appended; header problems are reported. */
    private static List<String[]> rows(String file, String text, Format format, List<String> header, boolean required,
                                       List<RowError> errors) {
        List<String[]> rows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new RowError(0, file, "", "the file is missing or empty"));
            }
            return rows;
        }
        List<CsvRows.Row> records;
        try {
            records = CsvRows.read(text);
        } catch (CsvRows.FormatException e) {
            errors.add(new RowError(e.row(), file, "", e.getMessage()));
            return rows;
        }
        if (records.isEmpty()) {
            errors.add(new RowError(1, file, "", "no header row"));
            return rows;
        }
        CsvRows.Row headerRow = records.get(0);
        List<String> found = headerRow.fields().stream().map(h -> h.trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> index = new HashMap<>();
        for (String column : header) {
            int at = found.indexOf(column);
            if (at < 0) {
                errors.add(new RowError(headerRow.number(), file + ": " + column, "", "the header lacks the column " + column
                        + " (format " + format.number + ", as children.csv's header " + (format == Format.V2 ? "names" : "does not name")
                        + " state_child_id)"));
            }
            index.put(column, at);
        }
        if (index.containsValue(-1)) {
            return rows;
        }
        for (CsvRows.Row record : records.subList(1, records.size())) {
            String[] row = new String[header.size() + 1];
            for (int c = 0; c < header.size(); c++) {
                int at = index.get(header.get(c));
                row[c] = at < record.fields().size() ? record.fields().get(at).trim() : "";
            }
            row[header.size()] = Integer.toString(record.number());
            rows.add(row);
        }
        return rows;
    }

    private Lookups lookups() {
        return new DatabaseLookups();
    }

    /** The checks' lookups against the database and the reference data. */
    private final class DatabaseLookups implements Lookups {

        private final Map<Long, Boolean> providers = new HashMap<>();

        @Override
        public boolean countyExists(String fips) {
            return reference.county(fips).isPresent();
        }

        @Override
        public boolean providerExists(long id) {
            return providers.computeIfAbsent(id, key -> {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM organisation WHERE id = ?"
                             + " AND org_type IN ('LOCAL_PROVIDER', 'STATEWIDE_PROVIDER', 'LEAD_CONTRACTOR')")) {
                    query.setLong(1, key);
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) > 0;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public Map<String, StoredChild> stored(Set<String> stateChildIds) {
            try (Connection connection = dataSource.getConnection()) {
                return storedChildren(connection, stateChildIds);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The children with these state child ids, with their episodes, placements and reports. */
    static Map<String, StoredChild> storedChildren(Connection connection, Set<String> stateChildIds) throws SQLException {
        Map<String, StoredChild> found = new HashMap<>();
        List<String> all = new ArrayList<>(stateChildIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            Map<Long, ExtractRows.Child> children = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, state_child_id, birth_date, sex, home_county_fips,"
                    + " sibling_group, removal_county_fips FROM outcome_child WHERE state_child_id IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        children.put(rs.getLong(1), new ExtractRows.Child(0, rs.getString(2), rs.getDate(3).toLocalDate(),
                                Sex.valueOf(rs.getString(4).trim()), trimmed(rs.getString(5)), rs.getString(6), trimmed(rs.getString(7))));
                    }
                }
            }
            if (children.isEmpty()) {
                continue;
            }
            Map<Long, List<ExtractRows.Stored<ExtractRows.Episode>>> episodes = new HashMap<>();
            Map<Long, List<ExtractRows.Stored<ExtractRows.Placement>>> placements = new HashMap<>();
            Map<Long, List<ExtractRows.Stored<ExtractRows.Report>>> reports = new HashMap<>();
            Map<Long, List<ExtractRows.Placement>> reported = new HashMap<>();
            String ids = marks(children.size());
            List<Long> keys = new ArrayList<>(children.keySet());
            select(connection, "SELECT id, child_id, episode_no, removal_date, discharge_date, discharge_reason FROM outcome_episode"
                    + " WHERE child_id IN (" + ids + ")", keys, rs -> episodes.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                    .add(new ExtractRows.Stored<>(rs.getLong(1), new ExtractRows.Episode(0, children.get(rs.getLong(2)).id(), rs.getInt(3),
                            rs.getDate(4).toLocalDate(), day(rs.getDate(5)),
                            rs.getString(6) == null ? null : DischargeReason.valueOf(rs.getString(6).trim())))));
            select(connection, "SELECT id, child_id, episode_no, start_date, end_date, setting, provider_id, county_fips, referral_id"
                    + " FROM outcome_placement WHERE child_id IN (" + ids + ")", keys, rs -> {
                long provider = rs.getLong(7);
                Long providerId = rs.wasNull() ? null : provider;
                ExtractRows.Placement placement = new ExtractRows.Placement(0, children.get(rs.getLong(2)).id(), rs.getInt(3),
                        rs.getDate(4).toLocalDate(), day(rs.getDate(5)), Setting.valueOf(rs.getString(6).trim()), providerId,
                        trimmed(rs.getString(8)));
                rs.getLong(9);
                if (rs.wasNull()) {
                    placements.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ExtractRows.Stored<>(rs.getLong(1), placement));
                } else {
                    reported.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(placement);
                }
            });
            select(connection, "SELECT id, child_id, report_id, report_date, substantiated, disposition, in_care"
                    + " FROM outcome_maltreatment WHERE referral_id IS NULL AND child_id IN (" + ids + ")", keys, rs -> reports.computeIfAbsent(rs.getLong(2),
                    k -> new ArrayList<>()).add(new ExtractRows.Stored<>(rs.getLong(1), new ExtractRows.Report(0,
                    children.get(rs.getLong(2)).id(), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getBoolean(5),
                    rs.getString(6) == null ? null : Disposition.valueOf(rs.getString(6).trim()), rs.getBoolean(7)))));
            children.forEach((key, child) -> found.put(child.id(), new StoredChild(key, child, episodes.getOrDefault(key, List.of()),
                    placements.getOrDefault(key, List.of()), reports.getOrDefault(key, List.of()),
                    reported.getOrDefault(key, List.of()))));
        }
        return found;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void select(Connection connection, String sql, List<Long> ids, RowReader reader) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                query.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** Writes the extract's rows and its audit record on the connection, in its transaction. */
    static void write(Connection connection, Parsed parsed, IntConsumer progress) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        long firstChild = writeRows(connection, parsed, progress, ids);
        audit(connection, parsed, ids, firstChild);
    }

    /**
     * The rows, set-based in batches, as the plans say: new children and their rows added, known children's rows
     * updated, replaced and removed. {@code ids} receives each child's id. Returns the first new child's id (0: none).
     */
    static long writeRows(Connection connection, Parsed parsed, IntConsumer progress, Map<String, Long> ids) throws SQLException {
        Counter written = new Counter(progress);
        List<ExtractReconciliation.Plan> plans = parsed.plans();
        List<ExtractReconciliation.Plan> added = plans.stream().filter(p -> p.storedId() == null).toList();
        long firstChild = added.isEmpty() ? 0 : IdBlocks.reserve(connection, "outcome_child", added.size());
        long nextChild = firstChild;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_child (id, child_key, source, birth_date,"
                + " sex, home_county_fips, sibling_group, referral_id, state_child_id, removal_county_fips)"
                + " VALUES (?, ?, 'AFCARS', ?, ?, ?, ?, NULL, ?, ?)")) {
            for (ExtractReconciliation.Plan plan : added) {
                ExtractRows.Child c = plan.child();
                long id = nextChild++;
                ids.put(c.id(), id);
                insert.setLong(1, id);
                insert.setString(2, KEY_PREFIX + c.id());
                insert.setDate(3, Date.valueOf(c.birth()));
                insert.setString(4, c.sex().name());
                insert.setString(5, c.homeCounty());
                insert.setString(6, c.siblingGroup());
                insert.setString(7, c.id());
                insert.setString(8, c.removalCounty());
                insert.addBatch();
                written.tick(insert);
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outcome_child SET birth_date = ?, sex = ?,"
                + " home_county_fips = ?, sibling_group = ?, removal_county_fips = ? WHERE id = ?")) {
            for (ExtractReconciliation.Plan plan : plans) {
                if (plan.storedId() == null) {
                    continue;
                }
                ids.put(plan.child().id(), plan.storedId());
                if (!plan.childChanged()) {
                    continue;
                }
                ExtractRows.Child c = plan.child();
                update.setDate(1, Date.valueOf(c.birth()));
                update.setString(2, c.sex().name());
                update.setString(3, c.homeCounty());
                update.setString(4, c.siblingGroup());
                update.setString(5, c.removalCounty());
                update.setLong(6, plan.storedId());
                update.addBatch();
                written.tick(update);
            }
            update.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outcome_placement WHERE id = ?")) {
            for (ExtractReconciliation.Plan plan : plans) {
                for (long id : plan.placementDeletes()) {
                    delete.setLong(1, id);
                    delete.addBatch();
                    written.tick(delete);
                }
            }
            delete.executeBatch();
        }

        List<ExtractRows.Episode> newEpisodes = plans.stream().flatMap(p -> p.episodeInserts().stream()).toList();
        long nextEpisode = newEpisodes.isEmpty() ? 0 : IdBlocks.reserve(connection, "outcome_episode", newEpisodes.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_episode (child_id, episode_no,"
                + " removal_date, discharge_date, discharge_reason, id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ExtractRows.Episode e : newEpisodes) {
                episode(insert, ids.get(e.child()), e, nextEpisode++);
                written.tick(insert);
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outcome_episode SET child_id = ?, episode_no = ?,"
                + " removal_date = ?, discharge_date = ?, discharge_reason = ? WHERE id = ?")) {
            for (ExtractReconciliation.Plan plan : plans) {
                for (ExtractRows.Stored<ExtractRows.Episode> e : plan.episodeUpdates()) {
                    episode(update, plan.storedId(), e.row(), e.id());
                    written.tick(update);
                }
            }
            update.executeBatch();
        }

        List<ExtractRows.Placement> newPlacements = plans.stream().flatMap(p -> p.placementInserts().stream()).toList();
        long nextPlacement = newPlacements.isEmpty() ? 0 : IdBlocks.reserve(connection, "outcome_placement", newPlacements.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_placement (child_id, episode_no,"
                + " start_date, end_date, setting, provider_id, county_fips, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ExtractRows.Placement p : newPlacements) {
                placement(insert, ids.get(p.child()), p, nextPlacement++);
                written.tick(insert);
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outcome_placement SET child_id = ?, episode_no = ?,"
                + " start_date = ?, end_date = ?, setting = ?, provider_id = ?, county_fips = ? WHERE id = ?")) {
            for (ExtractReconciliation.Plan plan : plans) {
                for (ExtractRows.Stored<ExtractRows.Placement> p : plan.placementUpdates()) {
                    placement(update, plan.storedId(), p.row(), p.id());
                    written.tick(update);
                }
            }
            update.executeBatch();
        }

        List<ExtractRows.Report> newReports = plans.stream().flatMap(p -> p.reportInserts().stream()).toList();
        long nextReport = newReports.isEmpty() ? 0 : IdBlocks.reserve(connection, "outcome_maltreatment", newReports.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_maltreatment (child_id, report_id,"
                + " report_date, substantiated, disposition, in_care, id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ExtractRows.Report m : newReports) {
                report(insert, ids.get(m.child()), m, nextReport++);
                written.tick(insert);
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outcome_maltreatment SET child_id = ?, report_id = ?,"
                + " report_date = ?, substantiated = ?, disposition = ?, in_care = ? WHERE id = ?")) {
            for (ExtractReconciliation.Plan plan : plans) {
                for (ExtractRows.Stored<ExtractRows.Report> m : plan.reportUpdates()) {
                    report(update, plan.storedId(), m.row(), m.id());
                    written.tick(update);
                }
            }
            update.executeBatch();
        }
        progress.accept(written.count);
        return firstChild;
    }

    private static void episode(PreparedStatement statement, long child, ExtractRows.Episode e, long id) throws SQLException {
        statement.setLong(1, child);
        statement.setInt(2, e.no());
        statement.setDate(3, Date.valueOf(e.removal()));
        statement.setDate(4, e.discharge() == null ? null : Date.valueOf(e.discharge()));
        statement.setString(5, e.reason() == null ? null : e.reason().name());
        statement.setLong(6, id);
        statement.addBatch();
    }

    private static void placement(PreparedStatement statement, long child, ExtractRows.Placement p, long id) throws SQLException {
        statement.setLong(1, child);
        statement.setInt(2, p.episode());
        statement.setDate(3, Date.valueOf(p.start()));
        statement.setDate(4, p.end() == null ? null : Date.valueOf(p.end()));
        statement.setString(5, p.setting().name());
        if (p.provider() == null) {
            statement.setNull(6, Types.BIGINT);
        } else {
            statement.setLong(6, p.provider());
        }
        statement.setString(7, p.county());
        statement.setLong(8, id);
        statement.addBatch();
    }

    private static void report(PreparedStatement statement, long child, ExtractRows.Report m, long id) throws SQLException {
        statement.setLong(1, child);
        statement.setString(2, m.reportId());
        statement.setDate(3, Date.valueOf(m.date()));
        statement.setBoolean(4, m.substantiated());
        statement.setString(5, m.disposition() == null ? null : m.disposition().name());
        statement.setBoolean(6, m.inCare());
        statement.setLong(7, id);
        statement.addBatch();
    }

    /** Rows written so far; every thousand the batch goes to the database and the progress hears of it. */
    private static final class Counter {
        private final IntConsumer progress;
        private int count;

        Counter(IntConsumer progress) {
            this.progress = progress;
        }

        void tick(PreparedStatement batch) throws SQLException {
            if (++count % 1000 == 0) {
                batch.executeBatch();
                progress.accept(count);
            }
        }
    }

    /**
     * One audit record for the whole extract (who, when, the counts, what it changed, the ids given to its new
     * children) naming every child of the extract as a subject, in the import's transaction: the rows themselves are
     * written set-based for speed, and one record per row would cost more than the rows (docs/outcome-data.md has the
     * figures).
     */
    static void audit(Connection connection, Parsed parsed, Map<String, Long> ids, long firstChild) throws SQLException {
        AfcarsChanges changes = parsed.report().changes();
        AuditRecord record = AuditRecord.created("OutcomeExtract", changes.childrenAdded() == 0 ? "no new children"
                        : "children " + firstChild + "-" + (firstChild + changes.childrenAdded() - 1))
                .value("source", "AFCARS").value("format", parsed.format().number).value("children", parsed.children().size())
                .value("episodes", parsed.episodes().size()).value("placements", parsed.placements().size())
                .value("maltreatmentReports", parsed.maltreatment().size())
                .value("childrenAdded", changes.childrenAdded()).value("childrenUpdated", changes.childrenUpdated())
                .value("episodesAdded", changes.episodesAdded()).value("episodesClosed", changes.episodesClosed())
                .value("episodesReplaced", changes.episodesReplaced()).value("placementsAdded", changes.placementsAdded())
                .value("placementsReplaced", changes.placementsReplaced()).value("placementsRemoved", changes.placementsRemoved())
                .value("reportsAdded", changes.reportsAdded()).value("reportsReplaced", changes.reportsReplaced());
        ids.keySet().stream().sorted().forEach(child -> record.about(AuditSubject.child(KEY_PREFIX + child)));
        AuditWriter.record(connection, List.of(record));
    }

    private static void county(List<RowError> errors, Lookups lookups, int row, String column, String value, boolean required) {
        if (value.isBlank()) {
            if (required) {
                errors.add(new RowError(row, column, "", "required"));
            }
        } else if (!lookups.countyExists(value.trim())) {
            errors.add(new RowError(row, column, value, "unknown county"));
        }
    }

    private static LocalDate date(List<RowError> errors, int row, String column, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new RowError(row, column, "", "required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, column, value, "not an ISO-8601 date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static Integer integer(List<RowError> errors, int row, String column, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, column, value, "a whole number from 1"));
            return null;
        }
    }

    private static Long longValue(List<RowError> errors, int row, String column, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, column, value, "not an organisation id"));
            return null;
        }
    }

    private static <E extends Enum<E>> void enumValue(List<RowError> errors, int row, String column, String value, Class<E> type) {
        try {
            Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, column, value, "one of " + java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    private static void disposition(List<RowError> errors, int row, String value) {
        try {
            dispositionOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, "maltreatment.csv: disposition", value,
                    "one of " + java.util.Arrays.toString(Disposition.values())));
        }
    }

    private static Disposition dispositionOf(String value) {
        return Disposition.valueOf(value.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private static void sex(List<RowError> errors, int row, String value) {
        try {
            sexOf(value);
        } catch (InvalidInputException e) {
            errors.add(new RowError(row, "children.csv: sex", value, "F, M or U (FEMALE, MALE, UNKNOWN)"));
        }
    }

    private static Sex sexOf(String value) {
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> Sex.FEMALE;
            case "M", "MALE" -> Sex.MALE;
            case "U", "UNKNOWN", "" -> Sex.UNKNOWN;
            default -> throw new InvalidInputException("sex", value);
        };
    }

    private static void bool(List<RowError> errors, int row, String column, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!Set.of("y", "n", "yes", "no", "true", "false", "1", "0").contains(v)) {
            errors.add(new RowError(row, column, value, "yes or no (Y/N, true/false, 1/0)"));
        }
    }

    private static boolean truth(String value) {
        return Set.of("y", "yes", "true", "1").contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
