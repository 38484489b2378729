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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrency as docs/referrals.md and the API documentation promise it: simultaneous acceptances of one offer
 * give one 200 and 409s (never 412 when no If-Match was sent); {@code If-Match: *} matches the current
 * version (RFC 9110); an Idempotency-Key reused with a different body is 422, with the same body 200 and the
 * first referral.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiConcurrencyMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final int SIMULTANEOUS = 8;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    /** An offering of provider2.admin's organisation under contract. */
    private JsonObject offering(int index) throws Exception {
        long org = as("provider2.admin").get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        return as("provider2.admin").get("api/v1/offerings?size=50&contracted=true&organization=" + org)
                .json().getJsonArray("items").getJsonObject(index);
    }

    private void declare(JsonObject offering, int available) throws Exception {
        ApiClient provider = as("provider2.admin");
        long id = offering.getJsonNumber("id").longValue();
        ApiClient.Reply current = provider.get("api/v1/capacity/" + id);
        JsonObject c = current.json();
        int maximum = Math.max(c.getInt("maximum"), available + c.getInt("reserved"));
        ApiClient.Reply put = provider.put("api/v1/capacity/" + id, "{\"available\": " + available + ", \"maximum\": "
                + maximum + ", \"waitlist\": 0}", current.header("ETag"));
        assertEquals(200, put.status(), put.body());
    }

    private static String referral(String number, JsonObject offering, String caseManager) {
        String genders = offering.getString("genders");
        LocalDate birth = PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(10);
        return "{\"number\": \"" + number + "\", \"serviceType\": \"" + offering.getString("serviceTypeCode")
                + "\", \"homeCounty\": \"" + offering.getString("countyFips") + "\", \"children\": [{\"name\": \"A.B.\","
                + " \"birthDate\": \"" + birth + "\", \"gender\": \"" + (genders.equals("ANY") ? "FEMALE" : genders) + "\"}],"
                + " \"ratings\": {\"TRAUMA\": 2}, \"requiredPopulations\": [], \"risk\": \"MODERATE\", \"urgency\": \"URGENT\","
                + " \"caseManagerName\": \"" + caseManager + "\", \"caseManagerEmail\": \"casey@example.org\"}";
    }

    @Test
    void simultaneousAcceptancesOfOneOfferGiveOneAcceptanceAndConflicts() throws Exception {
        JsonObject offering = offering(0);
        long offeringId = offering.getJsonNumber("id").longValue();
        declare(offering, 3);
        ApiClient.Reply created = as("lead.r2").post("api/v1/referrals", referral("REF-RACE-" + RUN, offering, "Casey Manager"),
                "application/json", null);
        assertEquals(201, created.status(), created.body());
        JsonObject referral = created.json();
        long id = referral.getJsonNumber("id").longValue();
        boolean offered = referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("offeringId").longValue() == offeringId && o.getString("status").equals("OFFERED"));
        if (!offered) {
            ApiClient.Reply manual = as("state.staff").post("api/v1/referrals/" + id + "/offer", "{\"offeringId\": " + offeringId + "}");
            assertEquals(200, manual.status(), manual.body());
            referral = manual.json();
        }
        long offer = referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("offeringId").longValue() == offeringId && o.getString("status").equals("OFFERED"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        ExecutorService pool = Executors.newFixedThreadPool(SIMULTANEOUS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < SIMULTANEOUS; i++) {
            ApiClient provider = as("provider2.admin");
            replies.add(pool.submit(() -> {
                start.await();
                return provider.post("api/v1/referrals/" + id + "/accept", "{\"offerId\": " + offer + "}");
            }));
        }
        start.countDown();
        int accepted = 0;
        int conflicts = 0;
        for (Future<ApiClient.Reply> future : replies) {
            ApiClient.Reply reply = future.get();
            if (reply.status() == 200) {
                accepted++;
            } else {
                assertEquals(409, reply.status(), "a lost race without If-Match is a conflict: " + reply.body());
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, accepted, "exactly one acceptance");
        assertEquals(SIMULTANEOUS - 1, conflicts);
        assertEquals("ACCEPTED", as("provider2.admin").get("api/v1/referrals/" + id).json().getString("status"));
    }

    @Test
    void ifMatchStarMatchesWhateverVersionIsCurrent() throws Exception {
        JsonObject offering = offering(1);
        long id = offering.getJsonNumber("id").longValue();
        ApiClient provider = as("provider2.admin");
        JsonObject current = provider.get("api/v1/capacity/" + id).json();
        int maximum = Math.max(current.getInt("maximum"), 2 + current.getInt("reserved"));
        String body = "{\"available\": 2, \"maximum\": " + maximum + ", \"waitlist\": 1}";
        ApiClient.Reply star = provider.put("api/v1/capacity/" + id, body, "*");
        assertEquals(200, star.status(), "If-Match: * matches the current representation: " + star.body());
        JsonObject after = provider.get("api/v1/capacity/" + id).json();
        assertEquals(2, after.getInt("available"));
        assertEquals(current.getInt("waitlist"), after.getInt("waitlist"), "the waitlist counts waiting referrals; a value sent is ignored");
        ApiClient.Reply stale = provider.put("api/v1/capacity/" + id, body, "\"0\"");
        assertEquals(412, stale.status(), "a version that is no longer current: " + stale.body());
        assertEquals(428, provider.put("api/v1/capacity/" + id, body, null).status(), "no If-Match at all");
    }

    @Test
    void anIdempotencyKeyReusedWithADifferentBodyIsRefused() throws Exception {
        JsonObject offering = offering(0);
        String key = "reuse-" + RUN;
        String body = referral("REF-KEY-" + RUN, offering, "Casey Manager");
        ApiClient staff = as("state.staff");
        ApiClient.Reply first = staff.post("api/v1/referrals", body, "application/json", null, key);
        assertEquals(201, first.status(), first.body());
        ApiClient.Reply same = staff.post("api/v1/referrals", body, "application/json", null, key);
        assertEquals(200, same.status(), same.body());
        assertEquals(first.json().getJsonNumber("id"), same.json().getJsonNumber("id"), "the same request answers the first referral");
        ApiClient.Reply different = staff.post("api/v1/referrals", referral("REF-KEY2-" + RUN, offering, "Robin Other"),
                "application/json", null, key);
        assertEquals(422, different.status(), different.body());
        assertTrue(different.contentType().startsWith("application/problem+json"));
        assertTrue(different.body().contains("Idempotency-Key"), different.body());
        assertFalse(staff.get("api/v1/referrals?size=100").body().contains("REF-KEY2-" + RUN), "the different request created nothing");
    }
}
