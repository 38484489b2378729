package org.providernetwork.service.outcome;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;
import org.providernetwork.service.platform.Migrations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * What auditing an outcome extract costs, on MariaDB: the import's own write path ({@link AfcarsImport#writeRows}, batched
 * inserts as the portal's connection pool sends them) timed without and with its audit record
 * ({@link AfcarsImport#audit}: one record naming every child), alternately in the same database and the same JVM so
 * that both see the same machine. Five rounds of each (or as many as the second argument says) after a warm-up; the medians go to
 * {@code target/benchmark/afcars-import-audit.txt}. Run: {@code mvn -o -q -pl provider-ejb exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-classpath %classpath org.providernetwork.service.outcome.OutcomeImportAuditBenchmark 5000"}.
 */
public final class OutcomeImportAuditBenchmark {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mysql://127.0.0.1:3306/");

    private OutcomeImportAuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String database = "portal_auditbench_" + System.nanoTime();
        execute(SERVER, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setURL(SERVER + database);
            dataSource.setUser(System.getProperty("it.db.user", "root"));
            dataSource.setPassword(System.getProperty("it.db.password", ""));
            dataSource.setRewriteBatchedStatements(true);
            Migrations.migrate(dataSource, "Benchmark State Agency");
            List<Long> without = new ArrayList<>();
            List<Long> with = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                long a = run(dataSource, extract("a" + round + "-", children), false);
                long b = run(dataSource, extract("b" + round + "-", children), true);
                if (round > 0) { // the first round warms up
                    without.add(a);
                    with.add(b);
                }
            }
            int rows = children * 4 + children / 10;
            List<String> lines = List.of("Outcome extract import on MariaDB, " + Instant.now() + ", "
                            + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version"),
                    children + " children, " + rows + " rows, " + rounds + " rounds after a warm-up, alternating",
                    "rows only:            median " + median(without) + " ms, all " + without,
                    "rows + audit record:  median " + median(with) + " ms, all " + with,
                    String.format(Locale.ROOT, "audit cost: %+.0f ms a run (%+.1f %%)", (double) (median(with) - median(without)),
                            100.0 * (median(with) - median(without)) / median(without)));
            Path out = Path.of("target", "benchmark", "afcars-import-audit.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
            lines.forEach(System.out::println);
        } finally {
            execute(SERVER, "DROP DATABASE IF EXISTS " + database);
        }
    }

    /** One import in one transaction, committed; milliseconds. */
    private static long run(MysqlDataSource dataSource, AfcarsImport.Parsed parsed, boolean audited) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            if (audited) {
                AfcarsImport.write(connection, parsed, n -> { });
            } else {
                AfcarsImport.writeRows(connection, parsed, n -> { }, new HashMap<>());
            }
            connection.commit();
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    /** The same shape as the import test's extract: one episode and two placements a child, a report for every tenth. */
    static AfcarsImport.Parsed extract(String prefix, int children) {
        LocalDate today = LocalDate.now();
        List<ExtractRows.Child> c = new ArrayList<>();
        List<ExtractRows.Episode> e = new ArrayList<>();
        List<ExtractRows.Placement> p = new ArrayList<>();
        List<ExtractRows.Report> m = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            String id = prefix + i;
            int row = i + 2;
            c.add(new ExtractRows.Child(row, id, today.minusYears(3 + i % 14), i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, null, null));
            LocalDate removal = today.minusDays(300 + i % 200);
            boolean open = i % 3 == 0;
            LocalDate discharge = open ? null : removal.plusDays(150 + i % 100);
            e.add(new ExtractRows.Episode(row, id, 1, removal, discharge, open ? null : DischargeReason.REUNIFICATION));
            LocalDate move = removal.plusDays(60);
            p.add(new ExtractRows.Placement(row, id, 1, removal, move, Setting.FOSTER_HOME, null, "28071"));
            p.add(new ExtractRows.Placement(row, id, 1, move, discharge, Setting.KIN, null, "28049"));
            if (i % 10 == 0) {
                m.add(new ExtractRows.Report(row, id, null, removal.plusDays(30), true, null, true));
            }
        }
        return AfcarsImport.Parsed.fresh(c, e, p, m);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void execute(String url, String sql) throws Exception {
        MysqlDataSource server = new MysqlDataSource();
        server.setURL(url);
        server.setUser(System.getProperty("it.db.user", "root"));
        server.setPassword(System.getProperty("it.db.password", ""));
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
