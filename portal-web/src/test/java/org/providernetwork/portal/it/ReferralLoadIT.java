package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Load generators, run only with {@code -Pload}: bounded in time and count, loopback only. They measure
 * and write their figures to {@code target/load/}; they assert only correctness (every intake answered
 * 201, exactly as many acceptances as places), never time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralLoadIT {

    private static final int CLIENTS = Integer.getInteger("load.clients", 16);
    private static final int SECONDS = Integer.getInteger("load.seconds", 20);
    private static final int CONTENDERS = Integer.getInteger("load.contenders", 200);
    private static final int PLACES = 10;
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    private JsonObject offering(int index) throws Exception {
        long org = as("provider2.admin").get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        return as("provider2.admin").get("api/v1/offerings?size=50&contracted=true&organization=" + org).json()
                .getJsonArray("items").getJsonObject(index);
    }

    private static String referral(String number, JsonObject offering) {
        String gender = offering.getString("genders").equals("ANY") ? "FEMALE" : offering.getString("genders");
        return "{\"number\": \"" + number + "\", \"serviceType\": \"" + offering.getString("serviceTypeCode")
                + "\", \"homeCounty\": \"" + offering.getString("countyFips") + "\", \"children\": [{\"name\": \"L.T.\","
                + " \"birthDate\": \"" + PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(30)
                + "\", \"gender\": \"" + gender + "\"}], \"ratings\": {\"TRAUMA\": 2}, \"risk\": \"LOW\", \"urgency\": \"ROUTINE\","
                + " \"caseManagerName\": \"Load Test\"}";
    }

    @Test
    void intakeAndMatchingUnderSustainedLoad() throws Exception {
        JsonObject offering = offering(0);
        ApiClient warm = as("state.staff");
        for (int i = 0; i < 100; i++) {
            assertEquals(201, warm.post("api/v1/referrals", referral("LOAD-W-" + RUN + "-" + i, offering)).status());
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            ApiClient client = as("state.staff");
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    ApiClient.Reply reply = client.post("api/v1/referrals",
                            referral("LOAD-" + RUN + "-" + sequence.incrementAndGet(), offering));
                    latencies.add(System.nanoTime() - t0);
                    if (reply.status() != 201) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        write("referral-intake.txt", String.format(Locale.ROOT, "POST /referrals (intake + matching + offer), %d clients, %d s%n"
                + "requests %d, failures %d, throughput %.1f/s%n%s", CLIENTS, SECONDS, latencies.size(), failures.get(),
                latencies.size() / elapsed, percentiles(latencies)));
        assertEquals(0, failures.get(), "every intake under load is answered 201");
    }

    @Test
    void contendedAcceptancesNeverOverbook() throws Exception {
        JsonObject offering = offering(1);
        long id = offering.getJsonNumber("id").longValue();
        ApiClient provider = as("provider2.admin");
        ApiClient.Reply current = provider.get("api/v1/capacity/" + id);
        JsonObject c = current.json();
        assertEquals(200, provider.put("api/v1/capacity/" + id, "{\"available\": " + PLACES + ", \"maximum\": "
                + Math.max(c.getInt("maximum"), PLACES + c.getInt("reserved")) + ", \"waitlist\": 0}", current.header("ETag")).status());
        List<long[]> offers = new ArrayList<>();
        ApiClient state = as("state.staff");
        for (int i = 0; i < CONTENDERS; i++) {
            JsonObject referral = state.post("api/v1/referrals", referral("LOAD-C-" + RUN + "-" + i, offering)).json();
            long referralId = referral.getJsonNumber("id").longValue();
            boolean offered = referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                    .anyMatch(o -> o.getJsonNumber("offeringId").longValue() == id);
            if (!offered) {
                referral = state.post("api/v1/referrals/" + referralId + "/offer", "{\"offeringId\": " + id + "}").json();
            }
            long offerId = referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                    .filter(o -> o.getJsonNumber("offeringId").longValue() == id).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            offers.add(new long[] {referralId, offerId});
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> replies = new ArrayList<>();
        for (long[] o : offers) {
            ApiClient client = as("provider2.admin");
            replies.add(pool.submit(() -> {
                go.await();
                long t0 = System.nanoTime();
                int status = client.post("api/v1/referrals/" + o[0] + "/accept", "{\"offerId\": " + o[1] + "}").status();
                return new long[] {status, System.nanoTime() - t0};
            }));
        }
        go.countDown();
        List<Long> latencies = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (Future<long[]> reply : replies) {
            long[] r = reply.get();
            latencies.add(r[1]);
            if (r[0] == 200) {
                accepted++;
            } else if (r[0] == 409) {
                refused++;
            }
        }
        pool.shutdown();
        write("referral-contention.txt", String.format(Locale.ROOT, "%d concurrent POST /referrals/{id}/accept on %d free places%n"
                + "accepted %d, refused (409) %d%n%s", CONTENDERS, PLACES, accepted, refused, percentiles(latencies)));
        assertEquals(PLACES, accepted, "exactly the free places are taken");
        assertEquals(CONTENDERS - PLACES, refused);
        assertEquals(0, provider.get("api/v1/capacity/" + id).json().getInt("available"));
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static void write(String name, String text) throws Exception {
        Path dir = Path.of("target", "load");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
        System.out.println(text);
    }
}
