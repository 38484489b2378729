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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail on MariaDB. Table-driven: every mutating operation of the OpenAPI document has a row in
 * {@link #MUTATIONS} that performs it successfully, and each must leave at least one audit record carrying its
 * request id (of the entity named where the row names one); a new mutating operation without a row fails
 * {@link #everyMutatingOperationOfTheApiHasARowInTheTable}. Every read of a child's record ({@link #CHILD_READS}, the
 * API and the portal pages) must leave a VIEW record, and auditors find them by child, referral and organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final LocalDate TODAY = PortalDeployment.today();
    private static final Set<String> PLACEMENT_SERVICES = Set.of("FOSTER", "KINSHIP", "THER-FOSTER", "SPEC-FOSTER",
            "EMRG-SHELTER", "GROUP-HOME", "IND-LIVING");

    /** One mutating operation: the entity its audit record names (null: any), and how to perform it successfully. */
    private record Mutation(String entity, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        ApiClient.Reply run(AuditTrailMariaDbIT it) throws Exception;
    }

    /** Every mutating operation of the API, in the order the flow performs them (later rows use what earlier made). */
    static final Map<String, Mutation> MUTATIONS = new LinkedHashMap<>();

    static {
        // capacity and the life of a referral, with the serving provider's outcome reports
        MUTATIONS.put("PUT /capacity/{offeringId}", new Mutation("OfferingCapacity", AuditTrailMariaDbIT::declareCapacity));
        MUTATIONS.put("POST /referrals", new Mutation("Referral", it -> it.createReferral("A")));
        MUTATIONS.put("POST /referrals/{id}/offer", new Mutation("Referral", AuditTrailMariaDbIT::offer));
        MUTATIONS.put("POST /referrals/{id}/accept", new Mutation("Referral", AuditTrailMariaDbIT::accept));
        MUTATIONS.put("POST /referrals/{id}/start", new Mutation("OutcomePlacement",
                it -> it.as("provider2.admin").post("api/v1/referrals/" + it.referral + "/start", "")));
        MUTATIONS.put("POST /referrals/{id}/outcomes/placements", new Mutation("OutcomePlacement",
                it -> it.report("placements", "{\"startDate\": \"" + TODAY + "\", \"setting\": \"KIN\"}")));
        MUTATIONS.put("POST /referrals/{id}/outcomes/school-changes", new Mutation("OutcomeSchoolChange",
                it -> it.report("school-changes", "{\"changedOn\": \"" + TODAY + "\", \"note\": \"closer school\"}")));
        MUTATIONS.put("POST /referrals/{id}/outcomes/incidents", new Mutation("OutcomeMaltreatment",
                it -> it.report("incidents", "{\"reportDate\": \"" + TODAY + "\", \"substantiated\": false}")));
        MUTATIONS.put("POST /referrals/{id}/outcomes/reassessments", new Mutation("ReferralReassessment",
                it -> it.report("reassessments", "{\"assessedOn\": \"" + TODAY + "\", \"ratings\": {\"TRAUMA\": 1}}")));
        MUTATIONS.put("POST /referrals/{id}/outcomes/service-units", new Mutation("ServiceUnits",
                it -> it.report("service-units", "{\"deliveredOn\": \"" + TODAY + "\", \"units\": 2}")));
        MUTATIONS.put("POST /referrals/{id}/outcomes/discharge", new Mutation("OutcomeEpisode",
                it -> it.report("discharge", "{\"dischargeDate\": \"" + TODAY + "\", \"reason\": \"REUNIFICATION\"}")));
        MUTATIONS.put("POST /referrals/{id}/complete", new Mutation("Referral",
                it -> it.as("provider2.admin").post("api/v1/referrals/" + it.referral + "/complete", "{\"note\": \"went home\"}")));
        MUTATIONS.put("POST /referrals/{id}/decline", new Mutation("Referral", AuditTrailMariaDbIT::decline));
        MUTATIONS.put("POST /referrals/{id}/withdraw", new Mutation("Referral", AuditTrailMariaDbIT::withdraw));
        // a referral waiting for a place at the target, which has none free
        MUTATIONS.put("POST /referrals/{id}/waitlist", new Mutation(null, AuditTrailMariaDbIT::joinWaitlist));
        MUTATIONS.put("DELETE /referrals/{id}/waitlist/{offeringId}", new Mutation(null, it -> it.as("lead.r2")
                .delete("api/v1/referrals/" + it.waiter + "/waitlist/" + it.targetId(), null)));
        MUTATIONS.put("DELETE /referrals/{id}/waitlist", new Mutation(null, AuditTrailMariaDbIT::leaveEveryWaitlist));
        // contracts; terminating one changes the funded capacity of its supplier's offerings
        MUTATIONS.put("POST /contracts", new Mutation("Contract", AuditTrailMariaDbIT::draftContract));
        MUTATIONS.put("POST /contracts/{id}/activate", new Mutation("OfferingCapacity",
                it -> it.contractStep(it.as("state.staff").post(it.contractPath() + "/activate", "", null, it.contractVersion()))));
        MUTATIONS.put("POST /contracts/{id}/amendments", new Mutation("Contract", it -> it.contractStep(it.as("state.staff")
                .post(it.contractPath() + "/amendments", "{\"description\": \"budget increase\", \"start\": \"" + TODAY.minusMonths(11)
                        + "\", \"end\": \"" + TODAY.plusDays(20) + "\", \"budgetCeiling\": 120000}", null, it.contractVersion()))));
        MUTATIONS.put("PUT /contracts/{id}/targets/{indicator}", new Mutation(null, it -> it.contractStep(it.as("state.staff")
                .put(it.contractPath() + "/targets/SIBLINGS_TOGETHER", "{\"target\": 70, \"direction\": \"AT_LEAST\"}",
                        it.contractVersion()))));
        MUTATIONS.put("DELETE /contracts/{id}/targets/{indicator}", new Mutation(null, it -> it.contractStep(it.as("state.staff")
                .delete(it.contractPath() + "/targets/SIBLINGS_TOGETHER", it.contractVersion()))));
        MUTATIONS.put("POST /contracts/{id}/terminate", new Mutation("OfferingCapacity", it -> it.contractStep(it.as("state.staff")
                .post(it.contractPath() + "/terminate", "{\"reason\": \"provider closed\"}", null, it.contractVersion()))));
        // the network
        MUTATIONS.put("POST /organizations", new Mutation("Organisation", it -> it.as("state.staff").post("api/v1/organizations",
                "{\"name\": \"Audit Harbor " + RUN + "\", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"28081\"}")));
        MUTATIONS.put("POST /offerings", new Mutation("ServiceOffering", AuditTrailMariaDbIT::createOffering));
        MUTATIONS.put("PUT /offerings/{id}", new Mutation("ServiceOffering", AuditTrailMariaDbIT::updateOffering));
        MUTATIONS.put("POST /imports", new Mutation("Organisation", it -> it.as("state.staff").post("api/v1/imports",
                "record,provider,type,county\norganisation,Audit Import " + RUN + ",LOCAL_PROVIDER,28049\n",
                "text/csv; charset=UTF-8", null)));
        MUTATIONS.put("POST /imports/afcars", new Mutation("OutcomeExtract",
                it -> it.as("state.staff").postFiles("api/v1/imports/afcars", extract("AUD" + RUN + "-", 3))));
        // quality improvement
        MUTATIONS.put("POST /quality/instruments", new Mutation(null, it -> it.as("state.staff").post("api/v1/quality/instruments",
                "{\"title\": \"Audit review " + RUN + "\", \"components\": [{\"code\": \"SAFETY\", \"name\": \"Safety\","
                        + " \"items\": [{\"code\": \"A1\", \"question\": \"Was safety reassessed?\"}]}]}")));
        MUTATIONS.put("POST /quality/cycles", new Mutation(null, AuditTrailMariaDbIT::createCycle));
        MUTATIONS.put("POST /quality/cycles/{id}/sample", new Mutation(null, AuditTrailMariaDbIT::sample));
        MUTATIONS.put("PUT /quality/reviews/{id}/reviewer", new Mutation(null, it -> it.as("state.staff")
                .put("api/v1/quality/reviews/" + it.review + "/reviewer", "{\"reviewer\": \"cqi.reviewer\"}", null)));
        MUTATIONS.put("PUT /quality/reviews/{id}", new Mutation(null, AuditTrailMariaDbIT::recordReview));
        MUTATIONS.put("POST /quality/cycles/{id}/close", new Mutation(null,
                it -> it.as("state.staff").post("api/v1/quality/cycles/" + it.cycle + "/close", "{}")));
        MUTATIONS.put("POST /quality/reviewers", new Mutation(null, AuditTrailMariaDbIT::assignReviewerRegion));
        MUTATIONS.put("DELETE /quality/reviewers/{assignmentId}", new Mutation(null,
                it -> it.as("state.staff").delete("api/v1/quality/reviewers/" + it.assignment, null)));
        MUTATIONS.put("PUT /quality/stages/{region}", new Mutation(null, it -> it.as("state.staff").put("api/v1/quality/stages/R1",
                "{\"stage\": \"ONGOING\", \"startsOn\": \"" + TODAY.plusYears(2) + "\", \"note\": \"audited " + RUN + "\"}", null)));
        MUTATIONS.put("POST /quality/plans", new Mutation(null, AuditTrailMariaDbIT::openPlan));
        MUTATIONS.put("POST /quality/plans/{id}/goals", new Mutation(null, AuditTrailMariaDbIT::addGoal));
        MUTATIONS.put("POST /quality/plans/{id}/goals/{goalId}/steps", new Mutation(null, AuditTrailMariaDbIT::addStep));
        MUTATIONS.put("PUT /quality/plans/{id}/steps/{stepId}", new Mutation(null, it -> it.as("lead.r1")
                .put(it.planPath() + "/steps/" + it.step, "{\"status\": \"IN_PROGRESS\"}", null)));
        MUTATIONS.put("POST /quality/plans/{id}/goals/{goalId}/outcome", new Mutation(null, it -> it.as("lead.r1")
                .post(it.planPath() + "/goals/" + it.goal + "/outcome", "{\"outcome\": \"MET\", \"note\": \"done\"}",
                        "application/json", it.planVersion())));
        MUTATIONS.put("POST /quality/plans/{id}/notes", new Mutation(null, it -> it.as("lead.r1")
                .post(it.planPath() + "/notes", "{\"note\": \"progress " + RUN + "\"}")));
        MUTATIONS.put("POST /quality/plans/{id}/close", new Mutation(null, it -> it.as("lead.r1")
                .post(it.planPath() + "/close", "{}", "application/json", it.planVersion())));
        // notification settings (the secret of a webhook is never in its record)
        MUTATIONS.put("POST /organizations/{organizationId}/webhooks", new Mutation("WebhookSubscription",
                AuditTrailMariaDbIT::addWebhook));
        MUTATIONS.put("DELETE /organizations/{organizationId}/webhooks/{id}", new Mutation("WebhookSubscription",
                it -> it.as("provider2.admin").delete("api/v1/organizations/" + it.organisationOf("provider2.admin")
                        + "/webhooks/" + it.webhook, null)));
        MUTATIONS.put("PUT /notifications/preferences", new Mutation("NotificationPreference", it -> it.as("provider2.admin")
                .put("api/v1/notifications/preferences", "{\"OFFER_MADE\": \"DIGEST\"}", null)));
        MUTATIONS.put("POST /notifications/deliveries/{id}/retry", new Mutation("NotificationDelivery",
                AuditTrailMariaDbIT::retryFailedDelivery));
    }

    /** Every read of a child's record, and the entity its VIEW record names. */
    static final Map<String, String> CHILD_READS = Map.of(
            "GET /referrals/{id}", "Referral",
            "GET /referrals/{id}/outcomes", "CaseRecord",
            "GET /reports/indicators/{id}", "IndicatorDrillDown",
            "PAGE referrals/referral.xhtml", "Referral",
            "PAGE referrals/outcomes.xhtml", "CaseRecord");

    @ArquillianResource
    private URL base;

    // what the flow made, for the rows after
    private JsonObject target;
    private long referral;
    private String childKey;
    private long careReferral;
    private String careChild;
    private long contract;
    private long contractVersion;
    private long offering;
    private long cycle;
    private long review;
    private long assignment;
    private long plan;
    private long goal;
    private long step;
    private String webhook;
    private long waiter;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private URI portal() {
        return URI.create(PortalDeployment.loopback(base));
    }

    private ApiClient as(String user) {
        return ApiClient.as(portal(), user);
    }

    @Test
    void everyMutatingOperationOfTheApiHasARowInTheTable() throws Exception {
        ApiClient.Reply openapi = ApiClient.anonymous(URI.create(PortalDeployment.loopback(base))).get("/openapi");
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        Set<String> mutating = new TreeSet<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            String p = path.getKey();
            int api = p.indexOf("/api/v1");
            String key = api < 0 ? p : p.substring(api + "/api/v1".length());
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (Set.of("post", "put", "patch", "delete").contains(method)) {
                    mutating.add(method.toUpperCase(Locale.ROOT) + " " + key);
                }
            }
        }
        assertFalse(mutating.isEmpty(), openapi.body());
        assertEquals(mutating, new TreeSet<>(MUTATIONS.keySet()),
                "a mutating operation needs a row in the audit table (and its audit record)");
    }

    @Test
    void everyMutatingOperationLeavesAnAuditRecordOfItsRequest() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Mutation> row : MUTATIONS.entrySet()) {
            ApiClient.Reply reply = row.getValue().action().run(this);
            assertTrue(reply.status() >= 200 && reply.status() < 300, row.getKey() + " succeeds: " + reply.status() + " " + reply.body());
            List<JsonObject> records = recordsOf(reply);
            if (records.isEmpty()) {
                missing.add(row.getKey() + " (no record)");
            } else if (row.getValue().entity() != null
                    && records.stream().noneMatch(r -> r.getString("entityType").equals(row.getValue().entity()))) {
                missing.add(row.getKey() + " (no " + row.getValue().entity() + " record among " + records.stream()
                        .map(r -> r.getString("entityType")).toList() + ")");
            }
        }
        assertEquals(List.of(), missing, "every change leaves its audit record");

        // the records of the referral's care are found by its child and by the referral
        Set<String> byChild = entityTypes("child=" + URLEncoder.encode(careChild, StandardCharsets.UTF_8));
        assertTrue(byChild.containsAll(Set.of("OutcomeChild", "OutcomePlacement", "OutcomeEpisode", "OutcomeSchoolChange",
                "OutcomeMaltreatment", "ReferralReassessment", "ServiceUnits")), "by child " + careChild + ": " + byChild);
        Set<String> byReferral = entityTypes("referral=" + careReferral);
        assertTrue(byReferral.containsAll(Set.of("Referral", "OutcomePlacement", "ServiceUnits")), "by referral: " + byReferral);
        assertTrue(entityTypes("child=afcars:AUD" + RUN + "-1").contains("OutcomeExtract"),
                "an imported child is found by its key in the import's record");
        assertTrue(entityTypes("organization=" + target.getJsonNumber("providerId")).containsAll(Set.of("OutcomePlacement", "Referral")),
                "the serving provider's records: what its people did and what concerned it");
    }

    @Test
    void everyReadOfAChildsRecordLeavesAViewRecordAndARefusedOneNone() throws Exception {
        chooseTarget();
        declareCapacity(this);
        createReferral("V");
        accept(this);
        assertEquals(200, as("provider2.admin").post("api/v1/referrals/" + referral + "/start", "").status());
        String child = URLEncoder.encode(childKey, StandardCharsets.UTF_8);
        Map<String, ApiClient.Reply> apiReads = Map.of(
                "GET /referrals/{id}", as("lead.r2").get("api/v1/referrals/" + referral),
                "GET /referrals/{id}/outcomes", as("provider2.admin").get("api/v1/referrals/" + referral + "/outcomes"),
                "GET /reports/indicators/{id}", as("state.staff").get("api/v1/reports/indicators/placement-stability"));
        Set<String> covered = new TreeSet<>();
        for (Map.Entry<String, ApiClient.Reply> read : apiReads.entrySet()) {
            assertEquals(200, read.getValue().status(), read.getKey() + ": " + read.getValue().body());
            List<JsonObject> records = recordsOf(read.getValue());
            assertTrue(records.stream().anyMatch(r -> r.getString("action").equals("VIEW")
                    && r.getString("entityType").equals(CHILD_READS.get(read.getKey()))), read.getKey() + ": " + records);
            covered.add(read.getKey());
        }
        JsonObject drill = apiReads.get("GET /reports/indicators/{id}").json();
        if (!drill.getJsonArray("denominator").isEmpty()) {
            String shown = drill.getJsonArray("denominator").getString(0);
            assertTrue(entityTypes("child=" + URLEncoder.encode(shown, StandardCharsets.UTF_8)).contains("IndicatorDrillDown"),
                    "a child shown in a drill-down finds the list view that showed it");
        }
        Set<String> viewsOfChild = new TreeSet<>();
        for (JsonObject r : search("child=" + child + "&size=200")) {
            if (r.getString("action").equals("VIEW")) {
                viewsOfChild.add(r.getString("entityType"));
            }
        }
        assertTrue(viewsOfChild.containsAll(Set.of("Referral", "CaseRecord")), "the child's reads are found by its key: " + viewsOfChild);

        // the portal pages read through the same services
        PortalSession session = PortalSession.signIn(portal(), "state.staff");
        for (String page : List.of("referrals/referral.xhtml", "referrals/outcomes.xhtml")) {
            int before = views("state.staff", CHILD_READS.get("PAGE " + page));
            String body = session.page(page + "?id=" + referral).body();
            assertFalse(body.contains("Not found"), page);
            assertEquals(before + 1, views("state.staff", CHILD_READS.get("PAGE " + page)), page + " writes one VIEW record");
            covered.add("PAGE " + page);
        }
        assertEquals(new TreeSet<>(CHILD_READS.keySet()), covered);

        // a read that is refused shows nothing and records nothing
        int before = views("provider.admin", "Referral");
        assertEquals(404, as("provider.admin").get("api/v1/referrals/" + referral).status());
        assertEquals(before, views("provider.admin", "Referral"));

        // auditors filter on the page too
        PortalSession auditor = PortalSession.signIn(portal(), "auditor");
        assertTrue(auditor.page("audit/audit.xhtml").body().contains("id=\"audit:child\""), "the audit page filters by child");
    }

    /** The outcome extract import, timed (the figures go to target/afcars-import-timing.txt, not into an assertion). */
    @Test
    void aLargeOutcomeExtractImportIsTimedAndAuditedOnce() throws Exception {
        int children = Integer.getInteger("afcars.timing.children", 5000);
        int repeats = Integer.getInteger("afcars.timing.repeats", 1);
        ApiClient state = as("state.staff");
        String prefix = null;
        ApiClient.Reply reply = null;
        for (int run = 0; run < repeats; run++) {
            prefix = "T" + RUN + "-" + run + "-";
            Map<String, String> files = extract(prefix, children);
            long start = System.nanoTime();
            reply = state.postFiles("api/v1/imports/afcars", files);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(201, reply.status(), reply.body());
            int rows = children * 4 + children / 10;
            record(children + " children, " + rows + " rows: import " + millis + " ms over HTTP ("
                    + String.format(Locale.ROOT, "%.3f", millis / (double) rows) + " ms a row)");
        }
        List<JsonObject> records = recordsOf(reply);
        assertEquals(1, records.size(), "one record for the whole extract: " + records);
        assertTrue(records.get(0).getString("changes").contains("{\"field\":\"children\",\"old\":null,\"new\":\"" + children + "\"}"),
                records.get(0).toString());
        assertEquals(1, search("child=afcars:" + prefix + (children - 1)).size(), "every imported child is named");
    }

    // --- the rows' actions -------------------------------------------------------------------------------------

    private void chooseTarget() throws Exception {
        long org = organisationOf("provider2.admin");
        for (JsonValue v : as("provider2.admin").get("api/v1/offerings?size=50&contracted=true&organization=" + org).json()
                .getJsonArray("items")) {
            if (PLACEMENT_SERVICES.contains(v.asJsonObject().getString("serviceTypeCode"))) {
                target = v.asJsonObject();
                return;
            }
        }
        throw new AssertionError("no contracted placement offering of provider2.admin");
    }

    private long targetId() {
        return target.getJsonNumber("id").longValue();
    }

    private static ApiClient.Reply addWebhook(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply reply = it.as("provider2.admin").post("api/v1/organizations/" + it.organisationOf("provider2.admin")
                + "/webhooks", "{\"url\": \"http://127.0.0.1:9/audit-" + RUN + "\", \"eventTypes\": [\"IMPORT_FINISHED\"]}");
        if (reply.status() == 201) {
            it.webhook = reply.json().getString("id");
            String secret = reply.json().getString("secret");
            for (JsonObject r : it.recordsOf(reply)) {
                assertFalse(r.toString().contains(secret), "the webhook's secret stays out of its audit record: " + r);
            }
        }
        return reply;
    }

    /** A delivery that gave up (made here directly: waiting for a real one to fail takes minutes), put back in the queue. */
    private static ApiClient.Reply retryFailedDelivery(AuditTrailMariaDbIT it) throws Exception {
        String event = java.util.UUID.randomUUID().toString();
        String delivery = java.util.UUID.randomUUID().toString();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"))) {
            try (java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO notification_event (id, event_type,"
                    + " record_kind, record_id, payload, occurred_at) VALUES (?, 'IMPORT_FINISHED', 'IMPORT', 1, '{}', NOW(6))")) {
                insert.setString(1, event);
                insert.executeUpdate();
            }
            try (java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO notification_delivery (id, event_id,"
                    + " organisation_id, channel, digest, status, attempts, next_attempt_at, last_error, created_at)"
                    + " VALUES (?, ?, ?, 'WEBHOOK', FALSE, 'FAILED', 2, NOW(6), 'HTTP 500', NOW(6))")) {
                insert.setString(1, delivery);
                insert.setString(2, event);
                insert.setLong(3, it.organisationOf("state.staff"));
                insert.executeUpdate();
            }
        }
        return it.as("state.staff").post("api/v1/notifications/deliveries/" + delivery + "/retry", "");
    }

    private static ApiClient.Reply joinWaitlist(AuditTrailMariaDbIT it) throws Exception {
        it.declareAvailable(0);
        long flowReferral = it.referral;
        String flowChild = it.childKey;
        it.createReferral("Q");
        it.waiter = it.referral;
        it.referral = flowReferral;
        it.childKey = flowChild;
        return it.as("lead.r2").post("api/v1/referrals/" + it.waiter + "/waitlist", "{\"offeringIds\": [" + it.targetId() + "]}");
    }

    private static ApiClient.Reply leaveEveryWaitlist(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply joined = it.as("lead.r2").post("api/v1/referrals/" + it.waiter + "/waitlist",
                "{\"offeringIds\": [" + it.targetId() + "]}");
        assertEquals(200, joined.status(), joined.body());
        ApiClient.Reply left = it.as("lead.r2").delete("api/v1/referrals/" + it.waiter + "/waitlist", null);
        it.declareAvailable(4);
        return left;
    }

    private void declareAvailable(int available) throws Exception {
        ApiClient provider = as("provider2.admin");
        ApiClient.Reply current = provider.get("api/v1/capacity/" + targetId());
        JsonObject c = current.json();
        ApiClient.Reply put = provider.put("api/v1/capacity/" + targetId(), "{\"available\": " + available + ", \"maximum\": "
                + Math.max(c.getInt("maximum"), available + c.getInt("reserved")) + "}", current.header("ETag"));
        assertEquals(200, put.status(), put.body());
    }

    private static ApiClient.Reply declareCapacity(AuditTrailMariaDbIT it) throws Exception {
        if (it.target == null) {
            it.chooseTarget();
        }
        ApiClient provider = it.as("provider2.admin");
        ApiClient.Reply current = provider.get("api/v1/capacity/" + it.targetId());
        JsonObject c = current.json();
        int available = c.getInt("available") + 4;
        return provider.put("api/v1/capacity/" + it.targetId(), "{\"available\": " + available + ", \"maximum\": "
                + (available + c.getInt("reserved")) + ", \"waitlist\": 0}", current.header("ETag"));
    }

    private ApiClient.Reply createReferral(String tag) throws Exception {
        String genders = target.getString("genders");
        LocalDate birth = TODAY.minusYears(target.getInt("minAge")).minusDays(10);
        String name = "Audit " + tag + " " + RUN;
        ApiClient.Reply created = as("lead.r2").post("api/v1/referrals", "{\"number\": \"REF-AUD-" + tag + "-" + RUN
                + "\", \"serviceType\": \"" + target.getString("serviceTypeCode") + "\", \"homeCounty\": \""
                + target.getString("countyFips") + "\", \"children\": [{\"name\": \"" + name + "\", \"birthDate\": \"" + birth
                + "\", \"gender\": \"" + (genders.equals("ANY") ? "FEMALE" : genders) + "\"}], \"ratings\": {\"TRAUMA\": 2},"
                + " \"requiredPopulations\": [], \"risk\": \"MODERATE\", \"urgency\": \"ROUTINE\", \"caseManagerName\": \"Casey\","
                + " \"caseManagerEmail\": \"casey@example.org\"}", "application/json", null);
        assertEquals(201, created.status(), created.body());
        referral = created.json().getJsonNumber("id").longValue();
        childKey = "portal:" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ":" + birth + ":"
                + target.getString("countyFips").trim();
        return created;
    }

    private JsonObject referralJson() throws Exception {
        return as("state.staff").get("api/v1/referrals/" + referral).json();
    }

    private Long openOfferToTarget(JsonObject json) {
        return json.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("offeringId").longValue() == targetId() && o.getString("status").equals("OFFERED"))
                .map(o -> o.getJsonNumber("id").longValue()).findFirst().orElse(null);
    }

    /** Offers to the target when the routing did not, otherwise to the best match not yet tried. */
    private static ApiClient.Reply offer(AuditTrailMariaDbIT it) throws Exception {
        boolean offered = it.openOfferToTarget(it.referralJson()) != null;
        return it.as("state.staff").post("api/v1/referrals/" + it.referral + "/offer",
                offered ? "{}" : "{\"offeringId\": " + it.targetId() + "}");
    }

    private void ensureOfferedToTarget() throws Exception {
        if (openOfferToTarget(referralJson()) == null) {
            assertEquals(200, as("state.staff").post("api/v1/referrals/" + referral + "/offer", "{\"offeringId\": " + targetId() + "}")
                    .status());
        }
    }

    private static ApiClient.Reply accept(AuditTrailMariaDbIT it) throws Exception {
        it.ensureOfferedToTarget();
        return it.as("provider2.admin").post("api/v1/referrals/" + it.referral + "/accept", "{\"offerId\": "
                + it.openOfferToTarget(it.referralJson()) + "}");
    }

    private ApiClient.Reply report(String kind, String body) throws Exception {
        careReferral = referral;
        careChild = childKey;
        return as("provider2.admin").post("api/v1/referrals/" + referral + "/outcomes/" + kind, body);
    }

    private static ApiClient.Reply decline(AuditTrailMariaDbIT it) throws Exception {
        it.createReferral("D");
        it.ensureOfferedToTarget();
        return it.as("provider2.admin").post("api/v1/referrals/" + it.referral + "/decline", "{\"offerId\": "
                + it.openOfferToTarget(it.referralJson()) + ", \"reason\": \"AT_CAPACITY\"}");
    }

    private static ApiClient.Reply withdraw(AuditTrailMariaDbIT it) throws Exception {
        it.createReferral("W");
        return it.as("lead.r2").post("api/v1/referrals/" + it.referral + "/withdraw", "{\"reason\": \"family moved away\"}");
    }

    private static ApiClient.Reply draftContract(AuditTrailMariaDbIT it) throws Exception {
        // a direct contract buying a service of a statewide provider where it has an offering, so that activating and
        // terminating it change that offering's funded capacity
        // (a service no active contract between the state and that provider buys yet: contracts may not overlap)
        Map<Long, Set<String>> underContract = new java.util.HashMap<>();
        it.as("state.staff").get("api/v1/contracts?status=ACTIVE&size=200").json().getJsonArray("items").forEach(v -> {
            JsonObject k = v.asJsonObject();
            k.getJsonArray("lines").forEach(l -> underContract.computeIfAbsent(k.getJsonNumber("supplierId").longValue(), x -> new TreeSet<>())
                    .add(l.asJsonObject().getString("serviceType")));
        });
        long statewide = 0;
        String service = null;
        String county = null;
        for (JsonValue org : it.as("state.staff").get("api/v1/organizations?type=STATEWIDE_PROVIDER&size=50").json().getJsonArray("items")) {
            long id = org.asJsonObject().getJsonNumber("id").longValue();
            for (JsonValue o : it.as("state.staff").get("api/v1/offerings?size=50&organization=" + id).json().getJsonArray("items")) {
                if (service == null && !underContract.getOrDefault(id, Set.of()).contains(o.asJsonObject().getString("serviceTypeCode"))) {
                    statewide = id;
                    service = o.asJsonObject().getString("serviceTypeCode");
                    county = o.asJsonObject().getString("countyFips").trim();
                }
            }
        }
        if (service == null) { // every statewide offering is bought: give one a new offering of a service nobody buys from it
            statewide = it.as("state.staff").get("api/v1/organizations?type=STATEWIDE_PROVIDER&size=1").json().getJsonArray("items")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            Set<String> taken = underContract.getOrDefault(statewide, Set.of());
            service = it.as("state.staff").get("api/v1/service-types").array().stream().map(v -> v.asJsonObject().getString("code"))
                    .filter(code -> !taken.contains(code)).findFirst().orElseThrow();
            county = "28049";
            ApiClient.Reply offering = it.as("state.staff").post("api/v1/offerings", "{\"providerId\": " + statewide
                    + ", \"offering\": {\"serviceType\": \"" + service + "\", \"name\": \"Audit bought " + RUN
                    + "\", \"locationCounty\": \"" + county + "\", \"minAge\": 0, \"maxAge\": 17, \"maxSiblingGroup\": 1}}");
            assertEquals(201, offering.status(), offering.body());
        }
        ApiClient.Reply drafted = it.as("state.staff").post("api/v1/contracts", "{\"number\": \"DIRECT-AUD-" + RUN
                + "\", \"kind\": \"DIRECT\", \"supplierId\": " + statewide + ", \"start\": \"" + TODAY.minusMonths(11)
                + "\", \"end\": \"" + TODAY.plusDays(20) + "\", \"budgetCeiling\": 100000, \"lines\": [{\"serviceType\": \""
                + service + "\", \"unit\": \"DAY\", \"unitRate\": 410, \"fundedCapacity\": 4,"
                + " \"counties\": [\"" + county + "\"]}]}");
        return it.contractStep(drafted);
    }

    private ApiClient.Reply contractStep(ApiClient.Reply reply) {
        if (reply.status() < 300 && reply.body().startsWith("{")) {
            JsonObject json = reply.json();
            contract = json.getJsonNumber("id").longValue();
            contractVersion = json.getJsonNumber("version").longValue();
        }
        return reply;
    }

    private String contractPath() {
        return "api/v1/contracts/" + contract;
    }

    private String contractVersion() {
        return "\"" + contractVersion + "\"";
    }

    private static ApiClient.Reply createOffering(AuditTrailMariaDbIT it) throws Exception {
        long own = it.organisationOf("provider.admin");
        JsonObject existing = it.as("provider.admin").get("api/v1/offerings?size=1&organization=" + own).json()
                .getJsonArray("items").getJsonObject(0);
        ApiClient.Reply created = it.as("provider.admin").post("api/v1/offerings", "{\"providerId\": " + own
                + ", \"offering\": {\"serviceType\": \"" + existing.getString("serviceTypeCode") + "\", \"name\": \"Audit site " + RUN
                + "\", \"locationCounty\": \"" + existing.getString("countyFips") + "\", \"minAge\": 0, \"maxAge\": 17,"
                + " \"maxSiblingGroup\": 2}}");
        if (created.status() == 201) {
            it.offering = created.json().getJsonNumber("id").longValue();
        }
        return created;
    }

    private static ApiClient.Reply updateOffering(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply read = it.as("provider.admin").get("api/v1/offerings/" + it.offering);
        JsonObject o = read.json();
        return it.as("provider.admin").put("api/v1/offerings/" + it.offering, "{\"name\": \"" + o.getString("name")
                + "\", \"description\": \"Audited " + RUN + "\", \"locationCounty\": \"" + o.getString("locationCountyFips")
                + "\", \"servedCounties\": [], \"needs\": [], \"minAge\": 0, \"maxAge\": 17, \"genders\": \"ANY\","
                + " \"maxSiblingGroup\": 2, \"acceptsOutOfCounty\": false, \"languages\": [\"en\"], \"credentials\": []}",
                read.header("ETag"));
    }

    private static ApiClient.Reply createCycle(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply created = it.as("state.staff").post("api/v1/quality/cycles", "{\"regionCode\": \"R1\", \"kind\": \"PEER\","
                + " \"title\": \"Audit cycle " + RUN + "\", \"periodStart\": \"" + TODAY.minusDays(200) + "\", \"periodEnd\": \""
                + TODAY + "\", \"sampleSize\": 2, \"seed\": 11, \"instrumentId\": 1}");
        if (created.status() == 201) {
            it.cycle = created.json().getJsonNumber("id").longValue();
        }
        return created;
    }

    private static ApiClient.Reply sample(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply sampled = it.as("state.staff").post("api/v1/quality/cycles/" + it.cycle + "/sample", "{}");
        if (sampled.status() == 200) {
            it.review = sampled.json().getJsonArray("reviews").getJsonObject(0).getJsonNumber("id").longValue();
        }
        return sampled;
    }

    private static ApiClient.Reply recordReview(AuditTrailMariaDbIT it) throws Exception {
        ApiClient reviewer = it.as("cqi.reviewer");
        ApiClient.Reply read = reviewer.get("api/v1/quality/reviews/" + it.review);
        long item = read.json().getJsonObject("instrument").getJsonArray("components").getJsonObject(0).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        return reviewer.put("api/v1/quality/reviews/" + it.review, "{\"interviews\": [{\"role\": \"CASEWORKER\", \"heldOn\": \""
                + TODAY + "\"}], \"ratings\": [{\"itemId\": " + item + ", \"rating\": \"STRENGTH\", \"rationale\": \"in the file\"}]}",
                read.header("ETag"));
    }

    private static ApiClient.Reply assignReviewerRegion(AuditTrailMariaDbIT it) throws Exception {
        Set<String> assigned = new TreeSet<>();
        it.as("state.staff").get("api/v1/quality/reviewers").array().forEach(v -> {
            JsonObject r = v.asJsonObject();
            if (r.getString("username").equals("cqi.reviewer")) {
                assigned.add(r.getString("region", r.getString("regionCode", "")));
            }
        });
        String free = it.as("state.staff").get("api/v1/regions").array().stream().map(v -> v.asJsonObject().getString("code"))
                .filter(code -> !assigned.contains(code)).findFirst().orElseThrow();
        ApiClient.Reply created = it.as("state.staff").post("api/v1/quality/reviewers", "{\"username\": \"cqi.reviewer\", \"region\": \""
                + free + "\"}");
        if (created.status() == 201) {
            it.assignment = created.json().getJsonNumber("id").longValue();
        }
        return created;
    }

    private static ApiClient.Reply openPlan(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply opened = it.as("lead.r1").post("api/v1/quality/plans", "{\"title\": \"Audit plan " + RUN + "\"}");
        if (opened.status() == 201) {
            it.plan = opened.json().getJsonObject("summary").getJsonNumber("id").longValue();
        }
        return opened;
    }

    private String planPath() {
        return "api/v1/quality/plans/" + plan;
    }

    private String planVersion() throws Exception {
        return as("lead.r1").get(planPath()).header("ETag");
    }

    private static ApiClient.Reply addGoal(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply goal = it.as("lead.r1").post(it.planPath() + "/goals", "{\"statement\": \"Parents in planning\","
                + " \"component\": \"ENGAGEMENT\"}", "application/json", it.planVersion());
        if (goal.status() == 200) {
            it.goal = goal.json().getJsonArray("goals").getJsonObject(0).getJsonNumber("id").longValue();
        }
        return goal;
    }

    private static ApiClient.Reply addStep(AuditTrailMariaDbIT it) throws Exception {
        ApiClient.Reply step = it.as("lead.r1").post(it.planPath() + "/goals/" + it.goal + "/steps", "{\"action\": \"Audit plans "
                + RUN + "\", \"owner\": \"lead.r1\", \"dueOn\": \"" + TODAY.plusDays(30) + "\"}", "application/json", it.planVersion());
        if (step.status() == 200) {
            it.step = step.json().getJsonArray("goals").getJsonObject(0).getJsonArray("steps").getJsonObject(0)
                    .getJsonNumber("id").longValue();
        }
        return step;
    }

    // --- the trail ------------------------------------------------------------------------------------------------

    /** The audit records of the request that gave this reply (by the request id it answered). */
    private List<JsonObject> recordsOf(ApiClient.Reply reply) throws Exception {
        String requestId = reply.header("X-Request-Id");
        assertTrue(requestId != null && !requestId.isBlank(), "every response names its request");
        return search("requestId=" + URLEncoder.encode(requestId, StandardCharsets.UTF_8) + "&size=200");
    }

    private List<JsonObject> search(String query) throws Exception {
        ApiClient.Reply reply = as("auditor").get("api/v1/audit-events?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private Set<String> entityTypes(String query) throws Exception {
        Set<String> types = new TreeSet<>();
        search(query + "&size=200").forEach(r -> types.add(r.getString("entityType")));
        return types;
    }

    private int views(String user, String entity) throws Exception {
        return (int) search("user=" + user + "&entity=" + entity + "&referral=" + referral + "&size=200").stream()
                .filter(r -> r.getString("action").equals("VIEW")).count();
    }

    private long organisationOf(String username) throws Exception {
        return as("state.staff").get("api/v1/accounts?name=" + username).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("organisationId").longValue();
    }

    /** A generated extract: {@code children} children, one episode and two placements each, a report for every tenth. */
    static Map<String, String> extract(String prefix, int children) {
        StringBuilder c = new StringBuilder("child_id,date_of_birth,sex\n");
        StringBuilder e = new StringBuilder("child_id,episode_no,removal_date,discharge_date,discharge_reason\n");
        StringBuilder p = new StringBuilder("child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n");
        StringBuilder m = new StringBuilder("child_id,report_date,substantiated,in_care\n");
        for (int i = 0; i < children; i++) {
            String id = prefix + i;
            c.append(id).append(',').append(TODAY.minusYears(3 + i % 14).minusDays(i % 300)).append(',').append(i % 2 == 0 ? "F" : "M")
                    .append('\n');
            LocalDate removal = TODAY.minusDays(300 + i % 200);
            boolean open = i % 3 == 0;
            LocalDate discharge = removal.plusDays(150 + i % 100);
            e.append(id).append(",1,").append(removal).append(',').append(open ? "" : discharge.toString()).append(',')
                    .append(open ? "" : "REUNIFICATION").append('\n');
            LocalDate move = removal.plusDays(60);
            p.append(id).append(",1,").append(removal).append(',').append(move).append(",FOSTER_HOME,,28071\n");
            p.append(id).append(",1,").append(move).append(',').append(open ? "" : discharge.toString()).append(",KIN,,28049\n");
            if (i % 10 == 0) {
                m.append(id).append(',').append(removal.plusDays(30)).append(",Y,Y\n");
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("children", c.toString());
        files.put("episodes", e.toString());
        files.put("placements", p.toString());
        files.put("maltreatment", m.toString());
        return files;
    }

    private static void record(String line) {
        System.out.println("[afcars import] " + line);
        try {
            Files.writeString(Path.of("target", "afcars-import-timing.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
