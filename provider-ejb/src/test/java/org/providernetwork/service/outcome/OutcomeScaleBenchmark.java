package org.providernetwork.service.outcome;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.providernetwork.domain.demo.DemoNetwork;
import org.providernetwork.domain.demo.DemoNetworkGenerator;
import org.providernetwork.domain.demo.DemoOutcomes;
import org.providernetwork.domain.demo.DemoReference;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.outcome.Geography;
import org.providernetwork.domain.outcome.IndicatorDefinition;
import org.providernetwork.domain.outcome.IndicatorEngine;
import org.providernetwork.domain.outcome.IndicatorResult;
import org.providernetwork.domain.outcome.OutcomeData;
import org.providernetwork.domain.account.PasswordHash;
import org.providernetwork.domain.shared.Period;
import org.providernetwork.service.demo.DemoDataWriter;
import org.providernetwork.service.platform.Migrations;
import org.providernetwork.service.reference.ReferenceFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every indicator at state and national scale on MariaDB. For each size the demo generator writes three years of
 * outcome history into a database of its own; then, five times after one warm-up, the run times what the portal
 * does for a report: read the history (one streamed scan per table), index it, and compute all indicators for the
 * last full year statewide, each over its cohort period. Beside it, one plain SQL scan of the same rows (counting
 * days over every child, episode and placement) gives the floor any computation over these rows pays. Figures go to
 * {@code target/benchmark/outcome-scale.txt}. Run: {@code mvn -o -B -Pbenchmark -pl provider-ejb verify}
 * (arguments: entries per year, comma-separated; default 6000,233334).
 */
public final class OutcomeScaleBenchmark {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mysql://127.0.0.1:3306/");
    private static final int RUNS = 5;

    private OutcomeScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "6000,233334").split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> lines = new ArrayList<>();
        lines.add("Outcome indicators on MariaDB, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version"));
        for (int perYear : sizes) {
            lines.addAll(run(perYear));
            Path out = Path.of("target", "benchmark", "outcome-scale.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
        }
        lines.forEach(System.out::println);
    }

    private static List<String> run(int perYear) throws Exception {
        String database = "portal_bench_" + perYear;
        execute("DROP DATABASE IF EXISTS " + database);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        List<String> lines = new ArrayList<>();
        try {
            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setURL(SERVER + database);
            dataSource.setUser(System.getProperty("it.db.user", "root"));
            dataSource.setPassword(System.getProperty("it.db.password", ""));
            dataSource.setRewriteBatchedStatements(true);
            Migrations.migrate(dataSource, "Benchmark State Agency");
            DemoReference reference = ReferenceFiles.load().toDemoReference();
            DemoNetwork network = new DemoNetworkGenerator(reference).generate(60, 42);
            java.time.Clock clock = java.time.Clock.system(org.providernetwork.domain.shared.StateCalendar.DEFAULT_ZONE);
            long writeStart = System.nanoTime();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                DemoDataWriter writer = new DemoDataWriter(c, clock);
                writer.write(network, PasswordHash.hash("x".toCharArray(), 1000));
                writer.writeOutcomes(network, new DemoOutcomes(reference), perYear, 3, 42);
                c.commit();
            }
            double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
            try (Connection c = dataSource.getConnection()) {
                long children = count(c, "outcome_child");
                long episodes = count(c, "outcome_episode");
                long placements = count(c, "outcome_placement");
                lines.add("");
                lines.add(String.format("%,d entries a year for 3 years: %,d children, %,d episodes, %,d placements,"
                                + " %,d maltreatment reports (generated and written in %.0f s)", perYear, children, episodes,
                        placements, count(c, "outcome_maltreatment"), writeSeconds));
                LocalDate today = LocalDate.now(clock);
                Period period = new Period(LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31));
                Geography geography = Geography.of(reference.counties().stream()
                        .map(k -> new Geography.County(k.fips(), k.regionCode(), k.latitude(), k.longitude())).toList());
                IndicatorEngine engine = new IndicatorEngine();
                long[] load = new long[RUNS];
                long[] prepare = new long[RUNS];
                long[] compute = new long[RUNS];
                long[] scan = new long[RUNS];
                List<IndicatorResult> results = List.of();
                for (int i = -1; i < RUNS; i++) {
                    System.gc();
                    long t0 = System.nanoTime();
                    OutcomeData data = OutcomeHistory.load(c);
                    long t1 = System.nanoTime();
                    IndicatorEngine.Prepared prepared = engine.prepare(data);
                    long t2 = System.nanoTime();
                    List<IndicatorResult> computed = new ArrayList<>();
                    for (IndicatorDefinition definition : IndicatorDefinition.values()) {
                        computed.add(engine.compute(definition, prepared, definition.cohortPeriod(period),
                                Cut.STATE, geography));
                    }
                    long t3 = System.nanoTime();
                    long rows = singleScan(c);
                    long t4 = System.nanoTime();
                    if (i >= 0) {
                        load[i] = t1 - t0;
                        prepare[i] = t2 - t1;
                        compute[i] = t3 - t2;
                        scan[i] = t4 - t3;
                    }
                    results = computed;
                    if (rows != children + episodes + placements) {
                        throw new IllegalStateException("the scan read " + rows + " rows");
                    }
                }
                long total = median(sum(load, prepare, compute));
                lines.add(String.format("  read the history (streamed scans)      median %,8.0f ms", median(load) / 1e6));
                lines.add(String.format("  index it (prepare)                     median %,8.0f ms", median(prepare) / 1e6));
                lines.add(String.format("  compute all %d indicators, statewide   median %,8.0f ms", IndicatorDefinition.values().length,
                        median(compute) / 1e6));
                lines.add(String.format("  report from nothing cached (sum)       median %,8.0f ms", total / 1e6));
                lines.add(String.format("  one SQL scan of the same rows          median %,8.0f ms", median(scan) / 1e6));
                lines.add(String.format("  ratio report / scan: %.1f; with the history cached, compute / scan: %.2f",
                        (double) total / median(scan), (double) median(compute) / median(scan)));
                for (IndicatorResult r : results) {
                    lines.add(String.format("    %-34s %,10d / %,10d  %s", r.id(), r.numerator(), r.denominator(),
                            r.hasValue() ? String.format("%.3f", r.value()) : "-"));
                }
            }
        } finally {
            execute("DROP DATABASE IF EXISTS " + database);
        }
        lines.forEach(System.out::println);
        return lines;
    }

    /** Days over every child, episode and placement: the least a computation over these rows reads. */
    private static long singleScan(Connection c) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT COUNT(*), SUM(DATEDIFF(CURRENT_DATE, birth_date)) FROM outcome_child",
                    "SELECT COUNT(*), SUM(DATEDIFF(COALESCE(discharge_date, CURRENT_DATE), removal_date)) FROM outcome_episode",
                    "SELECT COUNT(*), SUM(DATEDIFF(COALESCE(end_date, CURRENT_DATE), start_date)) FROM outcome_placement")) {
                try (ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    rows += r.getLong(1);
                }
            }
        }
        return rows;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long[] sum(long[] a, long[] b, long[] c) {
        long[] total = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            total[i] = a[i] + b[i] + c[i];
        }
        return total;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void execute(String sql) throws SQLException {
        MysqlDataSource server = new MysqlDataSource();
        server.setURL(SERVER);
        server.setUser(System.getProperty("it.db.user", "root"));
        server.setPassword(System.getProperty("it.db.password", ""));
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
