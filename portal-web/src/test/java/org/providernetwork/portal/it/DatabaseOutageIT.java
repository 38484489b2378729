package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away and comes back while referrals are being posted. The portal runs on a MariaDB
 * server of this test's own ({@link PrivateMariaDb}; the shared server is never touched); the test kills
 * that server (SIGKILL) under load, keeps posting through the outage, starts it again on the same data
 * and keeps posting after the portal is ready again.
 * <ul>
 *   <li>every referral acknowledged with 201 is in the database afterwards;</li>
 *   <li>every other answer is 503 {@code application/problem+json} with {@code Retry-After}: no 500, no
 *       401 for a caller whose password could not be checked, and no hang (each request has a bound);</li>
 *   <li>the portal is ready again ({@code /health/ready}) within 10 s of the database taking connections,
 *       and every referral posted after that is acknowledged.</li>
 * </ul>
 * The figures go to {@code target/reliability/database-outage.txt} (see docs/reliability.md).
 */
class DatabaseOutageIT {

    private static final int CLIENTS = 4;
    /** A request not answered within this bound counts as a hang. */
    private static final Duration REQUEST_BOUND = Duration.ofSeconds(30);
    private static final Duration READY_BOUND = Duration.ofSeconds(10);
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L);
    private static final String DATABASE = "portal_outage";

    private enum Phase { BEFORE, OUTAGE, RESTARTING, AFTER }

    private record Answer(String number, Phase phase, int status, String contentType, String retryAfter, long nanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void acknowledgedReferralsSurviveAndTheOutageIsAnswered503() throws Exception {
        Path work = Path.of(System.getProperty("it.work.dir", "target/it-work"), "outage-" + RUN);
        try (PrivateMariaDb db = PrivateMariaDb.start(work.resolve("mariadb"));
             EmbeddedDefault portal = EmbeddedDefault.start(work.resolve("portal-data"), "outage-portal-" + RUN + ".log",
                     "portal.db.url=" + db.url(DATABASE), "portal.db.user=root", "portal.db.password=",
                     "portal.demo.enabled=true", "portal.demo.providers=20", "portal.demo.outcome-entries-per-year=0")) {
            run(db, portal.base);
        }
    }

    private void run(PrivateMariaDb db, URI base) throws Exception {
        JsonObject offering = ApiClient.as(base, "state.staff").get("api/v1/offerings?size=1&contracted=true").json()
                .getJsonArray("items").getJsonObject(0);
        ApiClient warm = ApiClient.as(base, "state.staff");
        for (int i = 0; i < 3; i++) { // a cold portal on a busy machine is slow to answer its first intakes
            assertEquals(201, warm.post("api/v1/referrals", referral("OUT-" + RUN + "-W" + i, offering)).status());
        }
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
        AtomicInteger sequence = new AtomicInteger();
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        List<String> hangs = Collections.synchronizedList(new ArrayList<>());
        List<String> slowBefore = Collections.synchronizedList(new ArrayList<>()); // load, not the outage
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("state.staff:" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (!stop.get()) {
                    String number = "OUT-" + RUN + "-" + sequence.incrementAndGet();
                    Phase sent = phase.get();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.resolve("api/v1/referrals"))
                                .timeout(REQUEST_BOUND).header("Authorization", authorization)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(referral(number, offering))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        answers.add(new Answer(number, sent, reply.statusCode(),
                                reply.headers().firstValue("Content-Type").orElse(""),
                                reply.headers().firstValue("Retry-After").orElse(null), System.nanoTime() - t0));
                    } catch (HttpTimeoutException e) {
                        (sent == Phase.BEFORE ? slowBefore : hangs).add(number + " sent " + sent);
                    }
                }
                return null;
            }));
        }

        // before: the portal works
        awaitAcknowledged(answers, 20, Duration.ofMinutes(3));
        // the database goes away under load
        phase.set(Phase.OUTAGE);
        long killed = System.nanoTime();
        db.kill();
        awaitAnswers(answers, Phase.OUTAGE, 12, Duration.ofMinutes(2));
        long outageReady = readyStatus(base);
        // and comes back
        phase.set(Phase.RESTARTING);
        long restarting = System.nanoTime();
        db.startServer();
        long dbBack = System.nanoTime();
        long ready = awaitReady(base, dbBack);
        phase.set(Phase.AFTER);
        awaitAnswers(answers, Phase.AFTER, 20, Duration.ofMinutes(2));
        stop.set(true);
        for (Future<?> client : clients) {
            client.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Set<String> stored = new HashSet<>();
        try (Connection connection = db.connect(DATABASE);
             PreparedStatement query = connection.prepareStatement("SELECT referral_no FROM referral WHERE referral_no LIKE ?")) {
            query.setString(1, "OUT-" + RUN + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }

        List<Answer> all = new ArrayList<>(answers);
        List<String> lost = all.stream().filter(a -> a.status() == 201 && !stored.contains(a.number()))
                .map(Answer::number).toList();
        List<Answer> wrong = all.stream().filter(a -> a.status() != 201 && !(a.status() == 503
                && a.contentType().startsWith("application/problem+json") && a.retryAfter() != null)).toList();
        List<Answer> outage = all.stream().filter(a -> a.phase() == Phase.OUTAGE).toList();
        List<Answer> after = all.stream().filter(a -> a.phase() == Phase.AFTER).toList();
        long acknowledged = all.stream().filter(a -> a.status() == 201).count();
        long refused = all.stream().filter(a -> a.status() == 503).count();
        long refusedButStored = all.stream().filter(a -> a.status() == 503 && stored.contains(a.number())).count();
        String figures = String.format(Locale.ROOT, """
                        Database outage under load: %d clients posting referrals (POST /api/v1/referrals, HTTP Basic), \
                        the portal's MariaDB killed (SIGKILL) and started again on the same data
                        requests answered %d: 201 %d, 503 %d, other %d; unanswered within %d s: %d (and %d before the outage)
                        acknowledged (201) referrals missing from the database afterwards: %d
                        answered 503 but stored (the database committed before the connection broke): %d
                        during the outage: %d answers, %s; /health/ready during the outage: %d
                        database down %.1f s (kill to taking connections again; restart itself %.1f s)
                        portal ready again %.2f s after the database took connections
                        after ready: %d answers, %d of them 201
                        """, CLIENTS, all.size(), acknowledged, refused, all.size() - acknowledged - refused,
                REQUEST_BOUND.toSeconds(), hangs.size(), slowBefore.size(), lost.size(), refusedButStored, outage.size(),
                latencies(outage), outageReady, (dbBack - killed) / 1e9, (dbBack - restarting) / 1e9, (ready - dbBack) / 1e9,
                after.size(), after.stream().filter(a -> a.status() == 201).count());
        Path dir = Path.of("target", "reliability");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("database-outage.txt"), figures);
        System.out.println(figures);

        assertEquals(List.of(), lost, "every acknowledged referral is in the database");
        assertEquals(List.of(), hangs, "every request from the outage on is answered within " + REQUEST_BOUND);
        assertEquals(List.of(), wrong, "every answer is 201, or 503 problem+json with Retry-After");
        assertTrue(outage.stream().anyMatch(a -> a.status() == 503), "requests during the outage are refused with 503");
        assertEquals(503, outageReady, "not ready while the database is away");
        assertTrue(after.stream().allMatch(a -> a.status() == 201), "once ready again, every referral is acknowledged: " + after);
    }

    private static String referral(String number, JsonObject offering) {
        String gender = offering.getString("genders").equals("ANY") ? "FEMALE" : offering.getString("genders");
        return "{\"number\": \"" + number + "\", \"serviceType\": \"" + offering.getString("serviceTypeCode")
                + "\", \"homeCounty\": \"" + offering.getString("countyFips") + "\", \"children\": [{\"name\": \"O.T.\","
                + " \"birthDate\": \"" + PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(30)
                + "\", \"gender\": \"" + gender + "\"}], \"ratings\": {\"TRAUMA\": 2}, \"risk\": \"LOW\", \"urgency\": \"ROUTINE\","
                + " \"caseManagerName\": \"Outage Test\"}";
    }

    private static void awaitAcknowledged(List<Answer> answers, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (answers) {
                if (answers.stream().filter(a -> a.status() == 201).count() >= count) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " referrals acknowledged before the outage: " + answers);
    }

    private static void awaitAnswers(List<Answer> answers, Phase phase, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (answers) {
                if (answers.stream().filter(a -> a.phase() == phase).count() >= count) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " answers to requests sent " + phase + " within " + timeout);
    }

    private int readyStatus(URI base) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(REQUEST_BOUND).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Polls readiness from the moment the database takes connections; fails after {@link #READY_BOUND}. */
    private long awaitReady(URI base, long dbBack) throws Exception {
        long deadline = dbBack + READY_BOUND.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = readyStatus(base);
            if (last == 200) {
                return System.nanoTime();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the portal was not ready within " + READY_BOUND + " of the database (last " + last + ")");
    }

    private static String latencies(List<Answer> answers) {
        List<Long> sorted = answers.stream().map(Answer::nanos).sorted().toList();
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "answered in ms: median %.0f, max %.0f", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
