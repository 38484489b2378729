package org.providernetwork.portal.it;

import jakarta.json.JsonArray;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality improvement through the API on MariaDB: the demo's baselines and follow-ups, a cycle planned,
 * sampled reproducibly and reviewed to completion, who sees which review, report and plan, and the
 * improvement plan's close rule.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityMariaDbIT {

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

    /** Whether the JSON object has a non-null value under {@code key} (null values are left out of the documents). */
    private static boolean present(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key);
    }

    private static LocalDate today() {
        return PortalDeployment.today();
    }

    @Test
    void theDemoHoldsABaselineAndAFollowUpInTwoRegionsWithRealFigures() throws Exception {
        JsonArray rows = as("state.staff").get("api/v1/quality/reports").array();
        int both = 0;
        for (JsonValue row : rows) {
            JsonObject r = row.asJsonObject();
            if (present(r, "baselinePercent") && present(r, "followUpPercent")) {
                both++;
            }
        }
        assertTrue(both >= 2, rows.toString());
        JsonObject report = as("state.staff").get("api/v1/quality/reports/R1").json();
        assertTrue(present(report, "baseline"));
        assertTrue(present(report, "followUp"));
        assertEquals(7, report.getJsonArray("components").size(), "six components and the overall");
        JsonObject overall = report.getJsonArray("components").getJsonObject(6);
        assertEquals("OVERALL", overall.getString("code"));
        assertTrue(present(overall, "baselinePercent"));
        assertTrue(present(report.getJsonArray("indicators").getJsonObject(0), "followUp"), "referral indicators of the period");
        assertTrue(report.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                        .anyMatch(i -> i.getString("indicator").equals("PLACEMENT_STABILITY") && present(i, "baseline") && present(i, "followUp")),
                "the region's federal outcome indicators over both periods, from the outcome history: " + report.getJsonArray("indicators"));
        assertFalse(as("state.staff").get("api/v1/quality/plans?open=true").array().isEmpty(), "an open plan");
    }

    @Test
    void aCycleIsSampledReproduciblyAndAReviewerCompletesACaseInItsRegion() throws Exception {
        ApiClient state = as("state.staff");
        // instrument version 1 (id 1), whatever versions other tests publish meanwhile
        String cycle = "{\"regionCode\": \"R1\", \"kind\": \"PEER\", \"title\": \"Peer review " + RUN + "\", \"periodStart\": \""
                + today().minusDays(200) + "\", \"periodEnd\": \"" + today() + "\", \"sampleSize\": 4, \"seed\": 77, \"instrumentId\": 1}";
        List<List<Long>> samples = new ArrayList<>();
        long firstCycle = 0;
        for (int i = 0; i < 2; i++) {
            ApiClient.Reply created = state.post("api/v1/quality/cycles", cycle);
            assertEquals(201, created.status(), created.body());
            long id = created.json().getJsonNumber("id").longValue();
            firstCycle = i == 0 ? id : firstCycle;
            ApiClient.Reply sampled = state.post("api/v1/quality/cycles/" + id + "/sample", "{}");
            assertEquals(200, sampled.status(), sampled.body());
            List<Long> referrals = new ArrayList<>();
            sampled.json().getJsonArray("reviews").forEach(r -> referrals.add(r.asJsonObject().getJsonNumber("referralId").longValue()));
            samples.add(referrals);
            assertEquals(409, state.post("api/v1/quality/cycles/" + id + "/sample", "{}").status(), "a sample is drawn once");
        }
        assertEquals(4, samples.get(0).size());
        assertEquals(samples.get(0), samples.get(1), "same seed, same period, same sample");
        assertEquals(403, as("lead.r1").post("api/v1/quality/cycles", cycle.replace("\"PEER\"", "\"BASELINE\"")).status(),
                "the state plans baselines");

        long review = state.get("api/v1/quality/cycles/" + firstCycle).json().getJsonArray("reviews").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(400, state.put("api/v1/quality/reviews/" + review + "/reviewer", "{\"reviewer\": \"lead.r1\"}", null).status(),
                "only a CQI reviewer");
        assertEquals(200, state.put("api/v1/quality/reviews/" + review + "/reviewer", "{\"reviewer\": \"cqi.reviewer\"}", null).status());

        ApiClient reviewer = as("cqi.reviewer");
        ApiClient.Reply read = reviewer.get("api/v1/quality/reviews/" + review);
        assertEquals(200, read.status(), read.body());
        JsonArray components = read.json().getJsonObject("instrument").getJsonArray("components");
        List<Long> items = new ArrayList<>();
        components.forEach(c -> c.asJsonObject().getJsonArray("items").forEach(i -> items.add(i.asJsonObject().getJsonNumber("id").longValue())));
        String interviews = "[{\"role\": \"CASEWORKER\", \"heldOn\": \"" + today() + "\"}, {\"role\": \"PARENT\", \"heldOn\": \"" + today() + "\"}]";
        ApiClient.Reply noRationale = reviewer.put("api/v1/quality/reviews/" + review, "{\"interviews\": " + interviews
                + ", \"ratings\": [{\"itemId\": " + items.get(0) + ", \"rating\": \"STRENGTH\", \"rationale\": \"\"}]}", read.header("ETag"));
        assertEquals(400, noRationale.status(), "a rating needs its rationale: " + noRationale.body());
        ApiClient.Reply partial = reviewer.put("api/v1/quality/reviews/" + review, "{\"interviews\": " + interviews
                + ", \"ratings\": [{\"itemId\": " + items.get(0) + ", \"rating\": \"STRENGTH\", \"rationale\": \"in the file\"}], \"complete\": true}",
                read.header("ETag"));
        assertEquals(400, partial.status(), "every item before completing: " + partial.body());
        StringBuilder ratings = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            ratings.append(i == 0 ? "" : ", ").append("{\"itemId\": ").append(items.get(i)).append(", \"rating\": \"")
                    .append(i % 3 == 0 ? "NEEDS_WORK" : i % 5 == 0 ? "NOT_APPLICABLE" : "STRENGTH").append("\", \"rationale\": \"seen in interviews\"}");
        }
        ratings.append("]");
        String body = "{\"interviews\": " + interviews + ", \"ratings\": " + ratings + ", \"feedback\": \"Keep it up " + RUN + "\", \"complete\": true}";
        assertEquals(412, reviewer.put("api/v1/quality/reviews/" + review, body, "\"999\"").status(), "a stale form is refused");
        ApiClient.Reply done = reviewer.put("api/v1/quality/reviews/" + review, body, reviewer.get("api/v1/quality/reviews/" + review).header("ETag"));
        assertEquals(200, done.status(), done.body());
        assertEquals("COMPLETED", done.json().getJsonObject("summary").getString("status"));
        assertNotNull(done.json().getJsonObject("summary").getJsonNumber("overallPercent"));

        boolean listed = false;
        for (JsonValue c : state.get("api/v1/quality/reports/R1").json().getJsonArray("cases")) {
            listed |= c.asJsonObject().getJsonNumber("id").longValue() == review;
        }
        assertTrue(listed, "the region's report shows the completed review");
    }

    @Test
    void aRegionsLeadRunsItsOwnInterimReviewsWithItsOwnReviewers() throws Exception {
        ApiClient lead = as("lead.r1");
        String peer = "{\"regionCode\": \"R1\", \"kind\": \"PEER\", \"title\": \"Regional peer review " + RUN + "\", \"periodStart\": \""
                + today().minusDays(300) + "\", \"periodEnd\": \"" + today() + "\", \"sampleSize\": 2, \"seed\": 5, \"instrumentId\": 1}";
        ApiClient.Reply baseline = lead.post("api/v1/quality/cycles", peer.replace("\"PEER\"", "\"FOLLOW_UP\""));
        assertEquals(403, baseline.status(), baseline.body());
        assertTrue(baseline.body().contains("\"kind\""), "the refusal names the field: " + baseline.body());
        ApiClient.Reply elsewhere = lead.post("api/v1/quality/cycles", peer.replace("\"R1\"", "\"R2\""));
        assertEquals(403, elsewhere.status(), "not another region's: " + elsewhere.body());
        assertEquals(403, as("provider.admin").post("api/v1/quality/cycles", peer).status(), "a provider plans none");

        ApiClient.Reply planned = lead.post("api/v1/quality/cycles", peer);
        assertEquals(201, planned.status(), planned.body());
        long id = planned.json().getJsonNumber("id").longValue();
        assertEquals(404, as("lead.r2").post("api/v1/quality/cycles/" + id + "/sample", "{}").status(), "another lead does not see it");
        ApiClient.Reply sampled = lead.post("api/v1/quality/cycles/" + id + "/sample", "{}");
        assertEquals(200, sampled.status(), sampled.body());
        assertFalse(sampled.json().getJsonArray("reviews").isEmpty(), "the region's served referrals are sampled");
        long review = sampled.json().getJsonArray("reviews").getJsonObject(0).getJsonNumber("id").longValue();

        ApiClient.Reply stateReviewer = lead.put("api/v1/quality/reviews/" + review + "/reviewer", "{\"reviewer\": \"cqi.reviewer\"}", null);
        assertEquals(400, stateReviewer.status(), "a lead picks its own organisation's reviewers: " + stateReviewer.body());
        assertEquals(400, lead.put("api/v1/quality/reviews/" + review + "/reviewer", "{\"reviewer\": \"lead.r2\"}", null).status());
        assertEquals(200, lead.put("api/v1/quality/reviews/" + review + "/reviewer", "{\"reviewer\": \"lead.r1\"}", null).status());
        assertTrue(lead.get("api/v1/quality/reviews/mine").body().contains("\"id\":" + review), "on the lead's own list");

        ApiClient.Reply read = lead.get("api/v1/quality/reviews/" + review);
        List<Long> items = new ArrayList<>();
        read.json().getJsonObject("instrument").getJsonArray("components")
                .forEach(c -> c.asJsonObject().getJsonArray("items").forEach(i -> items.add(i.asJsonObject().getJsonNumber("id").longValue())));
        StringBuilder ratings = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            ratings.append(i == 0 ? "" : ", ").append("{\"itemId\": ").append(items.get(i))
                    .append(", \"rating\": \"STRENGTH\", \"rationale\": \"seen in the file\"}");
        }
        String body = "{\"interviews\": [{\"role\": \"CASEWORKER\", \"heldOn\": \"" + today() + "\"}], \"ratings\": " + ratings
                + "], \"feedback\": \"Regional " + RUN + "\", \"complete\": true}";
        ApiClient.Reply done = lead.put("api/v1/quality/reviews/" + review, body, read.header("ETag"));
        assertEquals(200, done.status(), done.body());
        assertEquals("COMPLETED", done.json().getJsonObject("summary").getString("status"));
        assertEquals(200, lead.post("api/v1/quality/cycles/" + id + "/close", "{}").status());

        // the state's own cycles stay the state's: the lead sees them but does not run them
        // (a period long past, so that the demo's own baseline stays the region's latest)
        String oldBaseline = "{\"regionCode\": \"R1\", \"kind\": \"BASELINE\", \"title\": \"Old baseline " + RUN + "\", \"periodStart\": \""
                + today().minusYears(12) + "\", \"periodEnd\": \"" + today().minusYears(11) + "\", \"sampleSize\": 2, \"seed\": 5, \"instrumentId\": 1}";
        ApiClient.Reply stateOwn = as("state.staff").post("api/v1/quality/cycles", oldBaseline);
        assertEquals(201, stateOwn.status(), stateOwn.body());
        long stateCycle = stateOwn.json().getJsonNumber("id").longValue();
        assertEquals(200, lead.get("api/v1/quality/cycles/" + stateCycle).status());
        assertEquals(403, lead.post("api/v1/quality/cycles/" + stateCycle + "/sample", "{}").status());
        assertEquals(403, lead.post("api/v1/quality/cycles/" + stateCycle + "/close", "{}").status());
    }

    @Test
    void reviewersLeadsAndProvidersSeeOnlyTheirShare() throws Exception {
        ApiClient state = as("state.staff");
        long r2Review = firstCompletedReview(state, "R2");
        long r1Review = firstCompletedReview(state, "R1");
        assertEquals(404, as("cqi.reviewer").get("api/v1/quality/reviews/" + r2Review).status(), "R2 is not the reviewer's region");
        assertEquals(200, as("cqi.reviewer").get("api/v1/quality/reviews/" + r1Review).status());
        assertEquals(404, as("cqi.reviewer").get("api/v1/quality/reports/R2").status());
        for (JsonValue c : as("cqi.reviewer").get("api/v1/quality/cycles").array()) {
            assertFalse(c.asJsonObject().getString("regionCode").equals("R2"), "no R2 cycle for the reviewer");
        }
        assertEquals(404, as("lead.r1").get("api/v1/quality/reviews/" + r2Review).status());
        assertEquals(404, as("lead.r1").get("api/v1/quality/reports/R2").status());
        assertEquals(200, as("lead.r2").get("api/v1/quality/reports/R2").status());
        assertEquals(200, as("auditor").get("api/v1/quality/reports/R2").status());

        JsonArray feedback = as("provider.admin").get("api/v1/quality/reviews").array();
        assertFalse(feedback.isEmpty(), "the provider reads feedback on the cases it served");
        long own = feedback.getJsonObject(0).getJsonNumber("id").longValue();
        long providerOrg = feedback.getJsonObject(0).getJsonNumber("providerId").longValue();
        for (JsonValue f : feedback) {
            assertEquals(providerOrg, f.asJsonObject().getJsonNumber("providerId").longValue());
        }
        assertEquals(200, as("provider.admin").get("api/v1/quality/reviews/" + own).status());
        assertEquals(404, as("provider2.admin").get("api/v1/quality/reviews/" + own).status(), "another provider's case");
        assertEquals(404, as("provider.admin").get("api/v1/quality/reviews/" + r2Review).status());
        assertEquals(403, as("provider.admin").get("api/v1/quality/reports/R1").status());

        long r1Plan = as("lead.r1").get("api/v1/quality/plans").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, as("lead.r1").get("api/v1/quality/plans/" + r1Plan).status());
        assertEquals(404, as("lead.r2").get("api/v1/quality/plans/" + r1Plan).status(), "lead R2 does not read R1's plan");
        assertEquals(404, as("provider.admin").get("api/v1/quality/plans/" + r1Plan).status());
        for (JsonValue p : as("lead.r2").get("api/v1/quality/plans").array()) {
            assertEquals("R2", p.asJsonObject().getString("regionCode"));
        }
    }

    private long firstCompletedReview(ApiClient state, String region) throws Exception {
        JsonArray cases = state.get("api/v1/quality/reports/" + region).json().getJsonArray("cases");
        return cases.getJsonObject(cases.size() - 1).getJsonNumber("id").longValue();
    }

    @Test
    void aPlanClosesOnlyWhenItsGoalsAreMetOrWithdrawnWithAReason() throws Exception {
        ApiClient lead = as("lead.r1");
        assertEquals(400, as("lead.r2").post("api/v1/quality/plans", "{\"regionCode\": \"R1\", \"title\": \"Not mine " + RUN + "\"}").status());
        ApiClient.Reply opened = lead.post("api/v1/quality/plans", "{\"title\": \"Plan " + RUN + "\"}");
        assertEquals(201, opened.status(), opened.body());
        long plan = opened.json().getJsonObject("summary").getJsonNumber("id").longValue();
        assertEquals("R1", opened.json().getJsonObject("summary").getString("regionCode"));
        String path = "api/v1/quality/plans/" + plan;
        assertEquals(400, lead.post(path + "/goals", "{\"statement\": \"Untied\"}", "application/json", lead.get(path).header("ETag")).status());
        ApiClient.Reply goal = lead.post(path + "/goals", "{\"statement\": \"Parents in planning\", \"component\": \"ENGAGEMENT\"}",
                "application/json", lead.get(path).header("ETag"));
        assertEquals(200, goal.status(), goal.body());
        long goalId = goal.json().getJsonArray("goals").getJsonObject(0).getJsonNumber("id").longValue();
        ApiClient.Reply step = lead.post(path + "/goals/" + goalId + "/steps", "{\"action\": \"Audit plans " + RUN + "\", \"owner\": \"lead.r1\", \"dueOn\": \""
                + today().minusDays(2) + "\"}", "application/json", lead.get(path).header("ETag"));
        assertEquals(200, step.status(), step.body());
        assertTrue(lead.get("api/v1/quality/plans/overdue?mine=true").body().contains("Audit plans " + RUN), "an overdue step alerts its owner");
        assertTrue(as("state.staff").get("api/v1/quality/plans/overdue").body().contains("Audit plans " + RUN), "and the state");
        assertFalse(as("lead.r2").get("api/v1/quality/plans/overdue").body().contains("Audit plans " + RUN));
        assertEquals(409, lead.post(path + "/close", "{}", "application/json", lead.get(path).header("ETag")).status(), "a goal is open");
        assertEquals(400, lead.post(path + "/goals/" + goalId + "/outcome", "{\"outcome\": \"WITHDRAWN\"}", "application/json",
                lead.get(path).header("ETag")).status(), "withdrawn needs a reason");
        assertEquals(200, lead.post(path + "/goals/" + goalId + "/outcome", "{\"outcome\": \"WITHDRAWN\", \"note\": \"covered by the contract\"}",
                "application/json", lead.get(path).header("ETag")).status());
        assertEquals(200, lead.post(path + "/notes", "{\"note\": \"Withdrawn after review\"}").status());
        ApiClient.Reply closed = lead.post(path + "/close", "{}", "application/json", lead.get(path).header("ETag"));
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getJsonObject("summary").getString("status"));
        assertFalse(lead.get("api/v1/quality/plans/overdue?mine=true").body().contains("Audit plans " + RUN), "a closed plan alerts no more");
    }

    @Test
    void stateStaffPublishAnInstrumentVersionWithoutCode() throws Exception {
        String body = "{\"title\": \"Practice model case review " + RUN + "\", \"components\": [{\"code\": \"SAFETY\", \"name\": \"Safety\","
                + " \"items\": [{\"code\": \"R1X\", \"question\": \"Was safety reassessed?\"}]}]}";
        assertEquals(403, as("lead.r1").post("api/v1/quality/instruments", body).status());
        ApiClient.Reply published = as("state.staff").post("api/v1/quality/instruments", body);
        assertEquals(201, published.status(), published.body());
        assertTrue(published.json().getInt("version") >= 2);
        assertEquals(published.json().getInt("version"), as("cqi.reviewer").get("api/v1/quality/instrument").json().getInt("version"));
        assertEquals(1, as("provider.admin").get("api/v1/quality/instruments/" + published.json().getJsonNumber("id")).json()
                .getJsonArray("components").size());
    }
}
