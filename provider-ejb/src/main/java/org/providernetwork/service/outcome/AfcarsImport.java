package org.providernetwork.service.outcome;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;
import org.providernetwork.service.imports.CsvRows;
import org.providernetwork.service.imports.RowError;
import org.providernetwork.service.platform.IdBlocks;
import org.providernetwork.service.platform.IdReservation;
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
 * reports; {@code docs/outcome-data.md}). Every row is checked first and every problem reported; only a
 * file set without a single error is written, in one transaction with batched inserts, so an import
 * applies whole or not at all. Imported and portal data feed the same indicators.
 */
@Stateless
@RolesAllowed(Roles.STATE_STAFF)
public class AfcarsImport {

    static final List<String> CHILDREN = List.of("child_id", "date_of_birth", "sex");
    static final List<String> EPISODES = List.of("child_id", "episode_no", "removal_date", "discharge_date", "discharge_reason");
    static final List<String> PLACEMENTS = List.of("child_id", "episode_no", "start_date", "end_date", "setting", "provider_id",
            "county_fips");
    static final List<String> MALTREATMENT = List.of("child_id", "report_date", "substantiated", "in_care");

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ReferenceData reference;

    @Inject
    private OutcomeStore store;

    @EJB
    private IdReservation idReservation;

    /** The parsed rows, checked. */
    record Parsed(List<String[]> children, List<String[]> episodes, List<String[]> placements, List<String[]> maltreatment,
                  AfcarsReport report) {
    }

    /** Checks an extract and reports every problem; writes nothing. */
    public AfcarsReport check(@NotNull AfcarsFiles files) {
        return parse(files).report();
    }

    /**
     * Writes a valid extract in one transaction (the caller's, or its own when the caller has none: the API's
     * resource and {@link AfcarsRunner} call it without one, so it has committed when it returns), or refuses
     * it whole with its report. {@code progress} hears of each thousand rows written.
     */
    public AfcarsReport apply(@NotNull AfcarsFiles files, IntConsumer progress) {
        Parsed parsed = parse(files);
        if (!parsed.report().valid()) {
            throw new AfcarsRejectedException(parsed.report());
        }
        // the ids first, committed at once: the write then holds no lock on the id generators (docs/outcome-data.md)
        Map<String, Long> firstIds = idReservation.reserve(blocks(parsed));
        try (Connection connection = dataSource.getConnection()) {
            write(connection, parsed, progress == null ? n -> { } : progress, firstIds);
        } catch (SQLException e) {
            if ("23000".equals(e.getSQLState()) || (e.getSQLState() != null && e.getSQLState().startsWith("23"))) {
                throw new ConflictException("children", "a child of this extract was imported meanwhile; nothing was written");
            }
            throw new IllegalStateException("writing the extract failed; nothing was written", e);
        }
        store.invalidate();
        return parsed.report();
    }

    private Parsed parse(AfcarsFiles files) {
        List<RowError> errors = new ArrayList<>();
        List<String[]> children = rows("children.csv", files.children(), CHILDREN, true, errors);
        List<String[]> episodes = rows("episodes.csv", files.episodes(), EPISODES, true, errors);
        List<String[]> placements = rows("placements.csv", files.placements(), PLACEMENTS, true, errors);
        List<String[]> maltreatment = rows("maltreatment.csv", files.maltreatment(), MALTREATMENT, false, errors);
        if (!errors.isEmpty()) {
            return new Parsed(children, episodes, placements, maltreatment, new AfcarsReport(children.size(), episodes.size(),
                    placements.size(), maltreatment.size(), errors));
        }
        Map<String, LocalDate> births = new HashMap<>();
        for (String[] c : children) {
            int row = Integer.parseInt(c[c.length - 1]);
            if (c[0].isBlank()) {
                errors.add(new RowError(row, "children.csv: child_id", c[0], "every child has an id"));
                continue;
            }
            if (births.containsKey(c[0])) {
                errors.add(new RowError(row, "children.csv: child_id", c[0], "the child is listed twice"));
            }
            LocalDate birth = date(errors, row, "children.csv: date_of_birth", c[1], true);
            births.put(c[0], birth);
            sex(errors, row, c[2]);
        }
        Set<String> known = existing(births.keySet());
        known.forEach(id -> errors.add(new RowError(0, "children.csv: child_id", id, "already imported; an extract adds children, it does not replace them")));

        Map<String, LocalDate[]> episodeDates = new HashMap<>();
        for (String[] e : episodes) {
            int row = Integer.parseInt(e[e.length - 1]);
            if (!births.containsKey(e[0])) {
                errors.add(new RowError(row, "episodes.csv: child_id", e[0], "no such child in children.csv"));
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
        Map<String, List<LocalDate[]>> spells = new HashMap<>();
        for (String[] p : placements) {
            int row = Integer.parseInt(p[p.length - 1]);
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
                if (provider != null && !providerExists(provider)) {
                    errors.add(new RowError(row, "placements.csv: provider_id", p[5], "no such provider"));
                }
            }
            if (!p[6].isBlank() && reference.county(p[6].trim()).isEmpty()) {
                errors.add(new RowError(row, "placements.csv: county_fips", p[6], "unknown county"));
            }
            if (start != null) {
                spells.computeIfAbsent(p[0], k -> new ArrayList<>()).add(new LocalDate[] {start, end, LocalDate.ofEpochDay(row)});
            }
        }
        spells.forEach((child, list) -> {
            list.sort(Comparator.comparing((LocalDate[] s) -> s[0]));
            for (int i = 1; i < list.size(); i++) {
                LocalDate[] before = list.get(i - 1);
                LocalDate[] after = list.get(i);
                if (before[1] == null || after[0].isBefore(before[1])) {
                    errors.add(new RowError((int) after[2].toEpochDay(), "placements.csv: start_date", after[0].toString(),
                            "overlaps child " + child + "'s placement from " + before[0]));
                }
            }
        });
        for (String[] m : maltreatment) {
            int row = Integer.parseInt(m[m.length - 1]);
            if (!births.containsKey(m[0])) {
                errors.add(new RowError(row, "maltreatment.csv: child_id", m[0], "no such child in children.csv"));
            }
            date(errors, row, "maltreatment.csv: report_date", m[1], true);
            bool(errors, row, "maltreatment.csv: substantiated", m[2]);
            bool(errors, row, "maltreatment.csv: in_care", m[3]);
        }
        errors.sort(Comparator.comparing(RowError::column).thenComparingInt(RowError::row));
        return new Parsed(children, episodes, placements, maltreatment, new AfcarsReport(children.size(), episodes.size(),
                placements.size(), maltreatment.size(), errors));
    }

    /** The rows of one file, each with its row number appended; header problems are reported. */
    private static List<String[]> rows(String file, String text, List<String> header, boolean required, List<RowError> errors) {
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
        List<String> found = headerRow.fields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> index = new HashMap<>();
        for (String column : header) {
            int at = found.indexOf(column);
            if (at < 0) {
                errors.add(new RowError(headerRow.number(), file + ": " + column, "", "the header lacks the column " + column));
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

    private Set<String> existing(Set<String> ids) {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection()) {
            List<String> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                try (PreparedStatement query = connection.prepareStatement("SELECT child_key FROM outcome_child WHERE child_key IN ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setString(i + 1, "afcars:" + chunk.get(i));
                    }
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getString(1).substring("afcars:".length()));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private final Map<Long, Boolean> providers = new HashMap<>();

    private boolean providerExists(long id) {
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

    /** The id block each table of the extract needs, by id generator, in the order they are written. */
    static Map<String, Integer> blocks(Parsed parsed) {
        Map<String, Integer> blocks = new java.util.LinkedHashMap<>();
        blocks.put("outcome_child", Math.max(1, parsed.children().size()));
        blocks.put("outcome_episode", Math.max(1, parsed.episodes().size()));
        blocks.put("outcome_placement", Math.max(1, parsed.placements().size()));
        blocks.put("outcome_maltreatment", Math.max(1, parsed.maltreatment().size()));
        return blocks;
    }

    /** Reserves the extract's id blocks on the connection, in its transaction (the benchmark's way). */
    static Map<String, Long> reserveOn(Connection connection, Parsed parsed) throws SQLException {
        Map<String, Long> first = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Integer> block : blocks(parsed).entrySet()) {
            first.put(block.getKey(), IdBlocks.reserve(connection, block.getKey(), block.getValue()));
        }
        return first;
    }

    /** Writes the extract's rows and its audit record on the connection, in its transaction, reserving its ids there. */
    static void write(Connection connection, Parsed parsed, IntConsumer progress) throws SQLException {
        write(connection, parsed, progress, reserveOn(connection, parsed));
    }

    /** Writes the extract's rows and its audit record on the connection, in its transaction, with ids reserved before. */
    static void write(Connection connection, Parsed parsed, IntConsumer progress, Map<String, Long> firstIds) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        long firstChild = writeRows(connection, parsed, progress, ids, firstIds);
        audit(connection, parsed, ids, firstChild);
    }

    /** The rows, set-based in batches, reserving their ids on the connection; see the overload. */
    static long writeRows(Connection connection, Parsed parsed, IntConsumer progress, Map<String, Long> ids) throws SQLException {
        return writeRows(connection, parsed, progress, ids, reserveOn(connection, parsed));
    }

    /**
     * The rows, set-based in batches, numbered from {@code firstIds} (the first id of each generator's block,
     * {@link #blocks}); {@code ids} receives each child's id. Returns the first child's id.
     */
    static long writeRows(Connection connection, Parsed parsed, IntConsumer progress, Map<String, Long> ids,
                          Map<String, Long> firstIds) throws SQLException {
        int written = 0;
        long nextChild = firstIds.get("outcome_child");
        long firstChild = nextChild;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_child (id, child_key, source, birth_date,"
                + " sex, home_county_fips, sibling_group, referral_id) VALUES (?, ?, 'AFCARS', ?, ?, NULL, NULL, NULL)")) {
            for (String[] c : parsed.children()) {
                long id = nextChild++;
                ids.put(c[0], id);
                insert.setLong(1, id);
                insert.setString(2, "afcars:" + c[0]);
                insert.setDate(3, Date.valueOf(LocalDate.parse(c[1])));
                insert.setString(4, sexOf(c[2]).name());
                insert.addBatch();
                written = tick(insert, ++written, progress);
            }
            insert.executeBatch();
        }
        long nextEpisode = firstIds.get("outcome_episode");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_episode (id, child_id, episode_no,"
                + " removal_date, discharge_date, discharge_reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String[] e : parsed.episodes()) {
                insert.setLong(1, nextEpisode++);
                insert.setLong(2, ids.get(e[0]));
                insert.setInt(3, Integer.parseInt(e[1].trim()));
                insert.setDate(4, Date.valueOf(LocalDate.parse(e[2])));
                insert.setDate(5, e[3].isBlank() ? null : Date.valueOf(LocalDate.parse(e[3])));
                insert.setString(6, e[4].isBlank() ? null : e[4].trim().toUpperCase(Locale.ROOT));
                insert.addBatch();
                written = tick(insert, ++written, progress);
            }
            insert.executeBatch();
        }
        long nextPlacement = firstIds.get("outcome_placement");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_placement (id, child_id, episode_no,"
                + " start_date, end_date, setting, provider_id, county_fips, contract_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
            for (String[] p : parsed.placements()) {
                insert.setLong(1, nextPlacement++);
                insert.setLong(2, ids.get(p[0]));
                insert.setInt(3, Integer.parseInt(p[1].trim()));
                insert.setDate(4, Date.valueOf(LocalDate.parse(p[2])));
                insert.setDate(5, p[3].isBlank() ? null : Date.valueOf(LocalDate.parse(p[3])));
                insert.setString(6, p[4].trim().toUpperCase(Locale.ROOT));
                if (p[5].isBlank()) {
                    insert.setNull(7, Types.BIGINT);
                } else {
                    insert.setLong(7, Long.parseLong(p[5].trim()));
                }
                insert.setString(8, p[6].isBlank() ? null : p[6].trim());
                insert.addBatch();
                written = tick(insert, ++written, progress);
            }
            insert.executeBatch();
        }
        long nextReport = firstIds.get("outcome_maltreatment");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outcome_maltreatment (id, child_id, report_date,"
                + " substantiated, in_care) VALUES (?, ?, ?, ?, ?)")) {
            for (String[] m : parsed.maltreatment()) {
                insert.setLong(1, nextReport++);
                insert.setLong(2, ids.get(m[0]));
                insert.setDate(3, Date.valueOf(LocalDate.parse(m[1])));
                insert.setBoolean(4, truth(m[2]));
                insert.setBoolean(5, truth(m[3]));
                insert.addBatch();
                written = tick(insert, ++written, progress);
            }
            insert.executeBatch();
        }
        progress.accept(written);
        return firstChild;
    }

    /**
     * One audit record for the whole extract (who, when, the counts, the ids given to its children) naming every
     * imported child as a subject, in the import's transaction: the rows themselves are written set-based for speed,
     * and one record per row would cost more than the rows (docs/outcome-data.md has the figures).
     */
    static void audit(Connection connection, Parsed parsed, Map<String, Long> ids, long firstChild) throws SQLException {
        AuditRecord record = AuditRecord.created("OutcomeExtract", "children " + firstChild + "-"
                        + (firstChild + Math.max(1, parsed.children().size()) - 1))
                .value("source", "AFCARS").value("children", parsed.children().size())
                .value("episodes", parsed.episodes().size()).value("placements", parsed.placements().size())
                .value("maltreatmentReports", parsed.maltreatment().size());
        ids.keySet().stream().sorted().forEach(child -> record.about(AuditSubject.child("afcars:" + child)));
        AuditWriter.record(connection, List.of(record));
    }

    private static int tick(PreparedStatement batch, int written, IntConsumer progress) throws SQLException {
        if (written % 1000 == 0) {
            batch.executeBatch();
            progress.accept(written);
        }
        return written;
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
