package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Intake through FHIR beside intake through the JSON API, in the same run on the same server (run only with
 * {@code -Pload}): one client and eight clients each, every referral matched and offered. Figures go to
 * {@code target/load/fhir-intake.txt}; only correctness is asserted (every intake answered as created).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirLoadIT {

    private static final int SECONDS = Integer.getInteger("load.fhir.seconds", 15);
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

    private static String json(String number, JsonObject offering) {
        String gender = offering.getString("genders").equals("ANY") ? "FEMALE" : offering.getString("genders");
        return "{\"number\": \"" + number + "\", \"serviceType\": \"" + offering.getString("serviceTypeCode")
                + "\", \"homeCounty\": \"" + offering.getString("countyFips") + "\", \"children\": [{\"name\": \"L.T.\","
                + " \"birthDate\": \"" + PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(30)
                + "\", \"gender\": \"" + gender + "\"}], \"ratings\": {\"TRAUMA\": 2}, \"risk\": \"LOW\", \"urgency\": \"ROUTINE\","
                + " \"caseManagerName\": \"Load Test\"}";
    }

    /** The same referral as a Gravity-style transaction Bundle. */
    private static String bundle(String number, JsonObject offering) {
        String gender = offering.getString("genders").equals("ANY") ? "female" : offering.getString("genders").toLowerCase(Locale.ROOT);
        String child = "urn:uuid:" + UUID.randomUUID();
        String manager = "urn:uuid:" + UUID.randomUUID();
        String rating = "urn:uuid:" + UUID.randomUUID();
        String request = "urn:uuid:" + UUID.randomUUID();
        String fhir = "http://providernetwork.org/fhir";
        return "{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"identifier\": {\"system\": \"urn:load\", \"value\": \""
                + number + "\"}, \"entry\": ["
                + entry(child, "Patient", "{\"resourceType\": \"Patient\", \"name\": [{\"text\": \"L.T.\"}], \"gender\": \"" + gender
                + "\", \"birthDate\": \"" + PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(30) + "\"}") + ","
                + entry(manager, "Practitioner", "{\"resourceType\": \"Practitioner\", \"name\": [{\"text\": \"Load Test\"}]}") + ","
                + entry(rating, "Observation", "{\"resourceType\": \"Observation\", \"status\": \"final\", \"code\": {\"coding\": [{\"system\": \""
                + fhir + "/CodeSystem/need-domain\", \"code\": \"TRAUMA\"}]}, \"valueInteger\": 2}") + ","
                + entry(request, "ServiceRequest", "{\"resourceType\": \"ServiceRequest\", \"status\": \"active\", \"intent\": \"order\","
                + " \"identifier\": [{\"value\": \"" + number + "\"}], \"code\": {\"coding\": [{\"system\": \"" + fhir
                + "/CodeSystem/service-type\", \"code\": \"" + offering.getString("serviceTypeCode") + "\"}]}, \"locationCode\":"
                + " [{\"coding\": [{\"code\": \"" + offering.getString("countyFips") + "\"}]}], \"priority\": \"routine\","
                + " \"extension\": [{\"url\": \"" + fhir + "/StructureDefinition/risk\", \"valueCode\": \"LOW\"}],"
                + " \"subject\": {\"reference\": \"" + child + "\"}, \"requester\": {\"reference\": \"" + manager + "\"},"
                + " \"supportingInfo\": [{\"reference\": \"" + rating + "\"}]}") + ","
                + entry("urn:uuid:" + UUID.randomUUID(), "Task", "{\"resourceType\": \"Task\", \"status\": \"requested\","
                + " \"intent\": \"order\", \"focus\": {\"reference\": \"" + request + "\"}}") + "]}";
    }

    private static String entry(String fullUrl, String type, String resource) {
        return "{\"fullUrl\": \"" + fullUrl + "\", \"resource\": " + resource + ", \"request\": {\"method\": \"POST\", \"url\": \""
                + type + "\"}}";
    }

    private record Result(String name, int clients, int requests, int failures, double seconds, List<Long> nanos) {
        String line() {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f /s | %.1f ms | %.1f ms | %.1f ms |", name, clients,
                    requests, failures, requests / seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
        }
    }

    private static double at(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** {@code clients} clients send requests for the configured time; a request is one referral intake. */
    private Result run(String name, int clients, IntFunction<ApiClient.Reply> send, int created) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    ApiClient.Reply reply = send.apply(sequence.incrementAndGet());
                    nanos.add(System.nanoTime() - t0);
                    if (reply.status() != created) {
                        failures.incrementAndGet();
                        System.out.println(name + ": " + reply.status() + " " + reply.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Result(name, clients, nanos.size(), failures.get(), (System.nanoTime() - started) / 1e9, nanos);
    }

    private static ApiClient.Reply unchecked(java.util.concurrent.Callable<ApiClient.Reply> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fhirBundleIntakeBesideJsonIntake() throws Exception {
        long org = as("provider2.admin").get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        JsonObject offering = as("provider2.admin").get("api/v1/offerings?size=50&contracted=true&organization=" + org).json()
                .getJsonArray("items").getJsonObject(0);
        ApiClient state = as("state.staff");
        for (int i = 0; i < 50; i++) { // warm both paths
            assertEquals(201, state.post("api/v1/referrals", json("FL-WJ-" + RUN + "-" + i, offering)).status());
            assertEquals(200, state.post("fhir", bundle("FL-WF-" + RUN + "-" + i, offering), "application/fhir+json", null).status());
        }
        List<Result> results = new ArrayList<>();
        for (int clients : new int[] {1, 8}) {
            ApiClient client = as("state.staff");
            results.add(run("JSON `POST /api/v1/referrals`", clients, n -> unchecked(() -> client.post("api/v1/referrals",
                    json("FL-J" + clients + "-" + RUN + "-" + n, offering))), 201));
            results.add(run("FHIR `POST /fhir` transaction", clients, n -> unchecked(() -> client.post("fhir",
                    bundle("FL-F" + clients + "-" + RUN + "-" + n, offering), "application/fhir+json", null)), 200));
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Referral intake (check, store, match, offer), %d s a run%n"
                + "| path | clients | requests | failures | throughput | p50 | p95 | p99 |%n|---|---:|---:|---:|---:|---:|---:|---:|%n", SECONDS));
        results.forEach(r -> text.append(r.line()).append(System.lineSeparator()));
        Path dir = Path.of("target", "load");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("fhir-intake.txt"), text);
        System.out.println(text);
        results.forEach(r -> assertEquals(0, r.failures(), r.name() + " with " + r.clients() + " clients: every intake created"));
    }
}
