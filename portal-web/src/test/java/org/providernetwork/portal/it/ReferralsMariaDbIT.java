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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Referrals through the API on MariaDB: intake with an idempotency key, matching with explanations, the
 * life cycle with capacity held and given back, who sees what, response windows that expire and escalate,
 * and no overbooking under concurrent acceptances.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralsMariaDbIT {

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

    /** An offering of provider2.admin's organisation (region 2) under contract, and a child that fits it. */
    private record Target(JsonObject offering, int age, String gender) {
        long id() {
            return offering.getJsonNumber("id").longValue();
        }
    }

    private Target target(int index) throws Exception {
        long org = as("provider2.admin").get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        JsonObject offering = as("provider2.admin").get("api/v1/offerings?size=50&contracted=true&organization=" + org)
                .json().getJsonArray("items").getJsonObject(index);
        String genders = offering.getString("genders");
        return new Target(offering, offering.getInt("minAge"), genders.equals("ANY") ? "FEMALE" : genders);
    }

    private void declare(Target target, int available) throws Exception {
        ApiClient provider = as("provider2.admin");
        ApiClient.Reply current = provider.get("api/v1/capacity/" + target.id());
        JsonObject c = current.json();
        int maximum = Math.max(c.getInt("maximum"), available + c.getInt("reserved"));
        ApiClient.Reply put = provider.put("api/v1/capacity/" + target.id(), "{\"available\": " + available + ", \"maximum\": "
                + maximum + ", \"waitlist\": 0}", current.header("ETag"));
        assertEquals(200, put.status(), put.body());
    }

    private String referral(String number, Target target, String urgency, String populations) {
        LocalDate birth = PortalDeployment.today().minusYears(target.age()).minusDays(10);
        return "{\"number\": \"" + number + "\", \"serviceType\": \"" + target.offering().getString("serviceTypeCode")
                + "\", \"homeCounty\": \"" + target.offering().getString("countyFips") + "\", \"children\": [{\"name\": \"Child " + number + "\","
                + " \"birthDate\": \"" + birth + "\", \"gender\": \"" + target.gender() + "\"}], \"ratings\": {\"TRAUMA\": 2},"
                + " \"requiredPopulations\": " + populations + ", \"risk\": \"MODERATE\", \"urgency\": \"" + urgency + "\","
                + " \"caseManagerName\": \"Casey Manager\", \"caseManagerEmail\": \"casey@example.org\"}";
    }

    private JsonObject offerTo(JsonObject referral, Target target) throws Exception {
        long id = referral.getJsonNumber("id").longValue();
        boolean offered = referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("offeringId").longValue() == target.id() && o.getString("status").equals("OFFERED"));
        if (offered) {
            return referral;
        }
        ApiClient.Reply reply = as("state.staff").post("api/v1/referrals/" + id + "/offer", "{\"offeringId\": " + target.id() + "}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static long openOfferTo(JsonObject referral, Target target) {
        return referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("offeringId").longValue() == target.id() && o.getString("status").equals("OFFERED"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aReferralIsMatchedOfferedAcceptedStartedAndCompletedWithCapacityHeldAndGivenBack() throws Exception {
        Target target = target(0);
        declare(target, 3);
        ApiClient lead = as("lead.r2");
        String body = referral("REF-LIFE-" + RUN, target, "URGENT", "[]");
        ApiClient.Reply created = lead.post("api/v1/referrals", body, "application/json", null);
        assertEquals(201, created.status(), created.body());
        JsonObject referral = created.json();
        long id = referral.getJsonNumber("id").longValue();
        assertEquals("OFFERED", referral.getString("status"), "matched and offered at once");
        assertEquals(1, referral.getJsonArray("offers").size(), "an urgent referral goes to the best match first");
        List<JsonObject> listed = lead.get("api/v1/referrals?number=" + "ref-life-" + RUN).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("REF-LIFE-" + RUN), listed.stream().map(r -> r.getString("number")).toList(),
                "found by the start of its number, in any case");
        JsonObject row = listed.get(0);
        assertEquals(id, row.getJsonNumber("id").longValue());
        assertEquals("OFFERED", row.getString("status"));
        assertEquals("URGENT", row.getString("urgency"));
        assertEquals(referral.getJsonArray("children").size(), row.getInt("children"), "the list row counts the referral's children");
        assertEquals(referral.getString("regionCode"), row.getString("regionCode"));
        assertEquals(java.time.Instant.parse(referral.getString("createdAt")).getEpochSecond(),
                java.time.Instant.parse(row.getString("createdAt")).getEpochSecond());
        assertEquals(java.time.Instant.parse(referral.getJsonArray("offers").getJsonObject(0).getString("respondBy")).getEpochSecond(),
                java.time.Instant.parse(row.getString("respondBy")).getEpochSecond(), "and the answer-by time of its open offer");
        assertEquals(0, as("lead.r1").get("api/v1/referrals?number=REF-LIFE-" + RUN).json().getJsonArray("items").size(),
                "but not outside the caller's scope");
        assertEquals(0, lead.get("api/v1/referrals?number=REF_LIFE%25").json().getJsonArray("items").size(),
                "the wildcards of the database are plain characters in a number");

        JsonObject matches = lead.get("api/v1/referrals/" + id + "/matches").json();
        assertFalse(matches.getJsonArray("candidates").isEmpty());
        JsonObject best = matches.getJsonArray("candidates").getJsonObject(0);
        assertEquals(1, best.getInt("rank"));
        assertFalse(best.getJsonArray("contributions").isEmpty(), "every candidate explains its score");
        assertTrue(matches.getJsonArray("exclusions").stream().map(JsonValue::asJsonObject)
                .allMatch(e -> !e.getString("constraint").isBlank() && !e.getString("detail").isBlank()), "and every exclusion why");
        assertStabilityIsTheProvidersIndicator(matches);

        referral = offerTo(referral, target);
        long offer = openOfferTo(referral, target);
        assertEquals(404, as("lead.r1").get("api/v1/referrals/" + id).status(), "another region's lead");
        assertEquals(404, as("provider.admin").get("api/v1/referrals/" + id).status(), "a provider it was not offered to");
        assertEquals(404, as("provider.admin").post("api/v1/referrals/" + id + "/accept", "{\"offerId\": " + offer + "}").status());
        assertEquals(409, as("provider2.admin").post("api/v1/referrals/" + id + "/start", "").status(), "not accepted yet");

        int before = as("provider2.admin").get("api/v1/capacity/" + target.id()).json().getInt("available");
        ApiClient.Reply accepted = as("provider2.admin").post("api/v1/referrals/" + id + "/accept", "{\"offerId\": " + offer + "}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        JsonObject held = as("provider2.admin").get("api/v1/capacity/" + target.id()).json();
        assertEquals(before - 1, held.getInt("available"), "the place is held");
        assertEquals(409, as("provider2.admin").post("api/v1/referrals/" + id + "/accept", "{\"offerId\": " + offer + "}").status(),
                "accepting twice is an illegal transition");

        assertEquals(200, as("provider2.admin").post("api/v1/referrals/" + id + "/start", "").status());
        ApiClient.Reply completed = as("provider2.admin").post("api/v1/referrals/" + id + "/complete", "{\"note\": \"reunified\"}");
        assertEquals(200, completed.status(), completed.body());
        assertEquals("COMPLETED", completed.json().getString("status"));
        assertEquals(before, as("provider2.admin").get("api/v1/capacity/" + target.id()).json().getInt("available"),
                "discharge gives the place back");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             java.sql.PreparedStatement recorded = db.prepareStatement("SELECT (SELECT COUNT(*) FROM outcome_placement p"
                     + " WHERE p.child_id = c.id AND p.end_date IS NOT NULL) + (SELECT COUNT(*) FROM outcome_in_home h"
                     + " WHERE h.child_id = c.id AND h.end_date IS NOT NULL) FROM outcome_child c WHERE c.referral_id = ?")) {
            recorded.setLong(1, id);
            try (java.sql.ResultSet rs = recorded.executeQuery()) {
                assertTrue(rs.next(), "the child's outcome history is recorded from the referral");
                assertEquals(1, rs.getInt(1), "one service, started and ended");
            }
        }
        List<String> actions = as("state.staff").get("api/v1/referrals/" + id).json().getJsonArray("events").stream()
                .map(e -> e.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("CREATE", "OFFER", "ACCEPT", "START", "COMPLETE")), actions.toString());
    }

    /** The offering as a provider would send it back, with its licences replaced by one expiring on {@code expiry}. */
    private static String withLicence(JsonObject o, LocalDate expiry, String identifier) {
        java.util.function.Function<String, String> codes = key -> o.getJsonArray(key).stream()
                .map(v -> "\"" + v.asJsonObject().getString("code") + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        return "{\"name\": " + jakarta.json.Json.createValue(o.getString("name")) + ", \"description\": "
                + (o.isNull("description") ? "null" : jakarta.json.Json.createValue(o.getString("description")).toString())
                + ", \"locationCounty\": \"" + o.getString("locationCountyFips") + "\", \"servedCounties\": " + codes.apply("servedCounties")
                + ", \"needs\": " + codes.apply("needs") + ", \"minAge\": " + o.getInt("minAge") + ", \"maxAge\": " + o.getInt("maxAge")
                + ", \"genders\": \"" + o.getString("genders") + "\", \"maxSiblingGroup\": " + o.getInt("maxSiblingGroup")
                + ", \"acceptsOutOfCounty\": " + o.getBoolean("acceptsOutOfCounty") + ", \"languages\": " + codes.apply("languages")
                + ", \"credentials\": [{\"kind\": \"LICENCE\", \"issuer\": \"State licensing unit\", \"identifier\": \""
                + identifier + "\", \"expiresOn\": \"" + expiry + "\"}]}";
    }

    private static java.util.Optional<JsonObject> exclusionOf(JsonObject matches, long offeringId) {
        return matches.getJsonArray("exclusions").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("offeringId").longValue() == offeringId)
                .findFirst();
    }

    private static boolean isCandidate(JsonObject matches, long offeringId) {
        return matches.getJsonArray("candidates").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getJsonNumber("offeringId").longValue() == offeringId);
    }

    @Test
    void anOfferingWhoseLicenceHasLapsedIsNotMatchedUntilTheLicenceIsRenewed() throws Exception {
        Target target = target(2);
        declare(target, 4);
        ApiClient provider = as("provider2.admin");
        ApiClient.Reply read = provider.get("api/v1/offerings/" + target.id());
        assertEquals(200, read.status(), read.body());
        LocalDate today = PortalDeployment.today();
        ApiClient.Reply lapsed = provider.put("api/v1/offerings/" + target.id(),
                withLicence(read.json(), today.minusDays(1), "LIC-LAPSED-" + RUN), read.header("ETag"));
        assertEquals(200, lapsed.status(), lapsed.body());

        ApiClient lead = as("lead.r2");
        ApiClient.Reply created = lead.post("api/v1/referrals", referral("REF-LIC-" + RUN, target, "ROUTINE", "[]"),
                "application/json", null);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.json().getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .noneMatch(o -> o.getJsonNumber("offeringId").longValue() == target.id()), "nothing is offered to it");
        JsonObject matches = lead.get("api/v1/referrals/" + id + "/matches").json();
        assertFalse(isCandidate(matches, target.id()), "an offering whose licence has lapsed is no candidate");
        JsonObject exclusion = exclusionOf(matches, target.id()).orElseThrow(() -> new AssertionError(matches.toString()));
        assertEquals("LICENCE_EXPIRED", exclusion.getString("constraint"));
        assertTrue(exclusion.getString("detail").contains(today.minusDays(1).toString()), exclusion.toString());
        ApiClient.Reply manual = as("state.staff").post("api/v1/referrals/" + id + "/offer", "{\"offeringId\": " + target.id() + "}");
        assertEquals(400, manual.status(), "not offered by hand either: " + manual.body());
        assertEquals("offeringId", fieldOf(manual));

        ApiClient.Reply again = provider.get("api/v1/offerings/" + target.id());
        ApiClient.Reply renewed = provider.put("api/v1/offerings/" + target.id(),
                withLicence(again.json(), today, "LIC-RENEWED-" + RUN), again.header("ETag"));
        assertEquals(200, renewed.status(), renewed.body());
        JsonObject after = lead.get("api/v1/referrals/" + id + "/matches").json();
        assertTrue(isCandidate(after, target.id()), "a licence valid through today brings it back: " + after);
    }

    /** Services whose start places the child (their outcome is a placement, not an in-home service). */
    private static final java.util.Set<String> PLACEMENT_SERVICES = java.util.Set.of("FOSTER", "KINSHIP", "THER-FOSTER",
            "SPEC-FOSTER", "EMRG-SHELTER", "GROUP-HOME", "IND-LIVING");

    private static String fieldOf(ApiClient.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static long count(String sql, long id) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             java.sql.PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theServingProviderReportsMovesIncidentsReassessmentUnitsAndDischargeWithEachRuleChecked() throws Exception {
        Target target = null;
        for (int i = 0; target == null; i++) {
            Target t = target(i);
            if (PLACEMENT_SERVICES.contains(t.offering().getString("serviceTypeCode"))) {
                target = t;
            }
        }
        declare(target, 2);
        ApiClient lead = as("lead.r2");
        ApiClient provider = as("provider2.admin");
        ApiClient.Reply created = lead.post("api/v1/referrals", referral("REF-OUT-" + RUN, target, "ROUTINE", "[]"),
                "application/json", null);
        assertEquals(201, created.status(), created.body());
        JsonObject referral = offerTo(created.json(), target);
        long id = referral.getJsonNumber("id").longValue();
        String outcomes = "api/v1/referrals/" + id + "/outcomes";
        assertEquals(200, provider.post("api/v1/referrals/" + id + "/accept", "{\"offerId\": " + openOfferTo(referral, target) + "}").status());
        LocalDate today = PortalDeployment.today();
        assertEquals(409, provider.post(outcomes + "/placements", "{\"startDate\": \"" + today + "\", \"setting\": \"KIN\"}").status(),
                "nothing is reported before the service starts");
        assertFalse(provider.get(outcomes).json().getJsonArray("children").getJsonObject(0).getBoolean("recorded"));
        assertEquals(200, provider.post("api/v1/referrals/" + id + "/start", "").status());
        long child = count("SELECT id FROM outcome_child WHERE referral_id = ?", id);
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_placement WHERE child_id = ?", child), "the start placed the child");
        long covering = count("SELECT MIN(k.id) FROM outcome_placement p JOIN outcome_child c ON c.id = p.child_id"
                + " JOIN referral r ON r.id = c.referral_id JOIN contract k ON k.supplier_id = p.provider_id AND k.status = 'ACTIVE'"
                + " AND k.start_date <= p.start_date AND k.end_date >= p.start_date JOIN contract_line l ON l.contract_id = k.id"
                + " AND l.service_type_code = r.service_type_code JOIN contract_line_county lc ON lc.contract_line_id = l.id"
                + " AND lc.county_fips = p.county_fips WHERE p.child_id = ?", child);
        assertTrue(covering > 0, "a contract covers the offering where it stands");
        assertEquals(covering, count("SELECT contract_id FROM outcome_placement WHERE child_id = ?", child),
                "the placement falls under the contract covering the provider's service in the placement's county");

        ApiClient.Reply future = provider.post(outcomes + "/placements", "{\"startDate\": \"" + today.plusDays(3)
                + "\", \"setting\": \"KIN\"}");
        assertEquals(400, future.status(), future.body());
        assertEquals("startDate", fieldOf(future));
        ApiClient.Reply castle = provider.post(outcomes + "/placements", "{\"startDate\": \"" + today + "\", \"setting\": \"castle\"}");
        assertEquals(400, castle.status());
        assertEquals("setting", fieldOf(castle));
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_placement WHERE child_id = ?", child), "a refused move writes nothing");

        ApiClient.Reply moved = provider.post(outcomes + "/placements", "{\"startDate\": \"" + today + "\", \"setting\": \"KIN\"}");
        assertEquals(200, moved.status(), moved.body());
        JsonObject kid = moved.json().getJsonArray("children").getJsonObject(0);
        assertEquals(2, kid.getJsonArray("placements").size());
        assertEquals(1, kid.getInt("moves"), "the move is derived from the two placements");
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_placement WHERE child_id = ? AND end_date IS NULL", child),
                "the earlier placement ended when the new one began");

        assertEquals(200, provider.post(outcomes + "/school-changes", "{\"changedOn\": \"" + today + "\", \"note\": \"closer school\"}").status());
        ApiClient.Reply notInCare = provider.post(outcomes + "/incidents", "{\"reportDate\": \"" + today.minusYears(1)
                + "\", \"substantiated\": true}");
        assertEquals(400, notInCare.status(), "an incident before the child came into care is no incident in care");
        assertEquals(200, provider.post(outcomes + "/incidents", "{\"reportDate\": \"" + today + "\", \"substantiated\": true}").status());
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_maltreatment WHERE child_id = ? AND in_care = TRUE", child));

        ApiClient.Reply badRating = provider.post(outcomes + "/reassessments", "{\"assessedOn\": \"" + today
                + "\", \"ratings\": {\"TRAUMA\": 5}}");
        assertEquals(400, badRating.status());
        assertEquals("ratings.TRAUMA", fieldOf(badRating));
        ApiClient.Reply reassessed = provider.post(outcomes + "/reassessments", "{\"assessedOn\": \"" + today
                + "\", \"ratings\": {\"TRAUMA\": 0, \"SCHOOL\": 1}}");
        assertEquals(200, reassessed.status(), reassessed.body());
        assertEquals(1, reassessed.json().getJsonArray("reassessments").getJsonObject(0).getInt("needsResolved"),
                "trauma was 2 at intake and is 0 now");

        JsonObject record = provider.get(outcomes).json();
        assertFalse(record.getJsonArray("lines").isEmpty(), "the provider's contract line for the service is offered");
        JsonObject line = record.getJsonArray("lines").getJsonObject(0);
        ApiClient.Reply zero = provider.post(outcomes + "/service-units", "{\"deliveredOn\": \"" + today + "\", \"units\": 0}");
        assertEquals(400, zero.status());
        assertEquals("units", fieldOf(zero));
        assertEquals(0, count("SELECT COUNT(*) FROM service_units WHERE referral_id = ?", id), "nothing half-written");
        ApiClient.Reply units = provider.post(outcomes + "/service-units", "{\"deliveredOn\": \"" + today + "\", \"units\": 3}");
        assertEquals(200, units.status(), units.body());
        java.math.BigDecimal amount = units.json().getJsonNumber("totalAmount").bigDecimalValue();
        assertEquals(0, line.getJsonNumber("unitRate").bigDecimalValue().multiply(java.math.BigDecimal.valueOf(3)).compareTo(amount),
                "three units at the line's rate");
        long contract = count("SELECT contract_id FROM contract_line WHERE id = ?", line.getJsonNumber("contractLineId").longValue());
        JsonObject usage = as("state.staff").get("api/v1/contracts/" + contract + "/usage").json();
        assertTrue(usage.getJsonNumber("spent").bigDecimalValue().compareTo(amount) >= 0, usage.toString());

        assertEquals(404, as("provider.admin").get(outcomes).status(), "another provider sees nothing of the child's care");
        assertEquals(404, as("lead.r1").get(outcomes).status(), "nor does another region's lead");
        assertEquals(200, lead.get(outcomes).status(), "the region's lead reads");
        assertEquals(403, lead.post(outcomes + "/school-changes", "{\"changedOn\": \"" + today + "\"}").status(),
                "but reports nothing");

        ApiClient.Reply early = provider.post(outcomes + "/discharge", "{\"dischargeDate\": \"" + today.minusDays(1)
                + "\", \"reason\": \"REUNIFICATION\"}");
        assertEquals(400, early.status(), "the kin placement began today");
        assertEquals("dischargeDate", fieldOf(early));
        ApiClient.Reply discharged = provider.post(outcomes + "/discharge", "{\"dischargeDate\": \"" + today
                + "\", \"reason\": \"REUNIFICATION\"}");
        assertEquals(200, discharged.status(), discharged.body());
        JsonObject after = discharged.json().getJsonArray("children").getJsonObject(0);
        assertFalse(after.getBoolean("inCare"));
        assertEquals("REUNIFICATION", after.getJsonArray("episodes").getJsonObject(0).getString("dischargeReason"));
        assertEquals(0, count("SELECT COUNT(*) FROM outcome_placement WHERE child_id = ? AND end_date IS NULL", child),
                "the discharge closed the open placement");
        assertEquals(409, provider.post(outcomes + "/placements", "{\"startDate\": \"" + today + "\", \"setting\": \"KIN\"}").status(),
                "no move once the child left care");
        List<String> actions = as("state.staff").get("api/v1/referrals/" + id).json().getJsonArray("events").stream()
                .map(e -> e.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("REPORT_MOVE", "REPORT_SCHOOL", "REPORT_INCIDENT", "REPORT_REASSESS", "REPORT_UNITS",
                "REPORT_DISCHARGE")), actions.toString());
    }

    @Test
    void aRetriedIntakeWithTheSameIdempotencyKeyCreatesOneReferral() throws Exception {
        Target target = target(0);
        String body = referral("REF-IDEM-" + RUN, target, "ROUTINE", "[]");
        ApiClient.Reply first = as("state.staff").post("api/v1/referrals", body, "application/json", null, "key-" + RUN);
        assertEquals(201, first.status(), first.body());
        ApiClient.Reply again = as("state.staff").post("api/v1/referrals", body, "application/json", null, "key-" + RUN);
        assertEquals(200, again.status(), again.body());
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"), "the same referral, not a second");
        ApiClient.Reply withoutKey = as("state.staff").post("api/v1/referrals", body, "application/json", null, null);
        assertEquals(409, withoutKey.status(), "the number is taken");
        ApiClient.Reply invalid = as("state.staff").post("api/v1/referrals", body.replace("\"ratings\": {\"TRAUMA\": 2}",
                "\"ratings\": {\"TRAUMA\": 7}").replace("REF-IDEM-", "REF-BAD-"), "application/json", null, null);
        assertEquals(400, invalid.status());
        assertTrue(invalid.contentType().startsWith("application/problem+json"));
        assertFalse(as("state.staff").get("api/v1/referrals?size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).anyMatch(r -> r.getString("number").startsWith("REF-BAD-")),
                "nothing of the invalid referral is saved");
        assertEquals(400, as("lead.r1").post("api/v1/referrals", body.replace("REF-IDEM-", "REF-R1-"), "application/json", null, null)
                .status(), "a lead takes in referrals of its own region only");
    }

    @Test
    void aReferralNoServiceCanTakeIsRecordedAsUnmetNeedAndEscalated() throws Exception {
        Target target = target(0);
        String service = target.offering().getString("serviceTypeCode");
        List<String> needs = List.of("TRAFFICKING", "MED-FRAGILE", "SEXUAL-BEHAVIOUR");
        java.util.Set<Long> servingAll = null;
        for (String need : needs) {
            java.util.Set<Long> serving = offeringsServing(service, need);
            if (servingAll == null) {
                servingAll = serving;
            } else {
                servingAll.retainAll(serving);
            }
        }
        assertEquals(java.util.Set.of(), servingAll, "set-up: no active " + service + " offering serves every one of " + needs
                + ", so no offering can take the referral");

        ApiClient.Reply created = as("state.staff").post("api/v1/referrals",
                referral("REF-GAP-" + RUN, target, "URGENT", "[\"TRAFFICKING\", \"MED-FRAGILE\", \"SEXUAL-BEHAVIOUR\"]"));
        assertEquals(201, created.status(), created.body());
        JsonObject referral = created.json();
        long id = referral.getJsonNumber("id").longValue();
        assertTrue(referral.getJsonArray("offers").isEmpty(), "nothing is offered: " + referral);
        assertEquals("REQUESTED", referral.getString("status"));
        assertTrue(referral.getBoolean("escalated"), "escalated to the region's lead");
        JsonObject matches = as("state.staff").get("api/v1/referrals/" + id + "/matches").json();
        assertTrue(matches.getJsonArray("candidates").isEmpty(), matches.toString());
        assertTrue(exclusionOf(matches, target.id()).isPresent(), "the offering of the service in the county is excluded, with why");
        List<JsonObject> gaps = as("lead.r2").get("api/v1/referrals/gaps").array().stream().map(JsonValue::asJsonObject).toList();
        assertTrue(gaps.stream().anyMatch(g -> g.getString("countyFips").equals(target.offering().getString("countyFips"))
                && g.getString("serviceTypeCode").equals(service) && g.getString("needCode").equals("TRAFFICKING")), gaps.toString());
        assertEquals(403, as("provider2.admin").get("api/v1/referrals/gaps").status());
    }

    /**
     * Each candidate's placement-stability factor is its provider's placement-stability indicator over the default
     * reporting period (the report's own default), and the demo history gives at least one candidate a record.
     */
    private void assertStabilityIsTheProvidersIndicator(JsonObject matches) throws Exception {
        int withRecord = 0;
        for (JsonObject candidate : matches.getJsonArray("candidates").stream().map(JsonValue::asJsonObject).limit(20).toList()) {
            String explanation = candidate.getJsonArray("contributions").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("factor").equals("STABILITY")).findFirst().orElseThrow().getString("explanation");
            JsonObject indicator = as("state.staff").get("api/v1/reports/indicators?provider="
                    + candidate.getJsonNumber("providerId").longValue()).json().getJsonArray("indicators").stream()
                    .map(JsonValue::asJsonObject).filter(i -> i.getString("id").equals("placement-stability")).findFirst().orElseThrow();
            if (indicator.getJsonNumber("denominator").longValue() == 0) {
                assertTrue(explanation.startsWith("no track record yet"), explanation + " / " + indicator);
            } else {
                withRecord++;
                double moves = Double.parseDouble(explanation.substring(0, explanation.indexOf(' ')));
                assertEquals(indicator.getJsonNumber("value").doubleValue(), moves, 0.051, explanation + " / " + indicator);
            }
        }
        assertTrue(withRecord > 0, "some candidate's provider has placements in the outcome history: " + matches);
    }

    /** The ids of the active offerings of a service that serve a population, the whole state's. */
    private java.util.Set<Long> offeringsServing(String service, String need) throws Exception {
        JsonObject page = as("state.staff").get("api/v1/offerings?size=200&active=true&serviceType=" + service + "&need=" + need).json();
        assertTrue(page.getJsonNumber("total").longValue() <= 200, "one page holds them all: " + page.getJsonNumber("total"));
        java.util.Set<Long> ids = new java.util.HashSet<>();
        page.getJsonArray("items").forEach(o -> ids.add(o.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }

    @Test
    void fiftyConcurrentAcceptancesOfFiveFreePlacesAcceptExactlyFive() throws Exception {
        Target target = target(1);
        declare(target, 5);
        int reservedBefore = as("provider2.admin").get("api/v1/capacity/" + target.id()).json().getInt("reserved");
        List<long[]> offers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ApiClient.Reply created = as("state.staff").post("api/v1/referrals", referral("REF-RUSH-" + RUN + "-" + i, target,
                    "ROUTINE", "[]"));
            assertEquals(201, created.status(), created.body());
            JsonObject referral = offerTo(created.json(), target);
            offers.add(new long[] {referral.getJsonNumber("id").longValue(), openOfferTo(referral, target)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        try {
            for (long[] o : offers) {
                ApiClient provider = as("provider2.admin");
                Callable<ApiClient.Reply> accept = () -> {
                    start.await();
                    return provider.post("api/v1/referrals/" + o[0] + "/accept", "{\"offerId\": " + o[1] + "}");
                };
                replies.add(pool.submit(accept));
            }
            start.countDown();
            int accepted = 0;
            int refused = 0;
            for (Future<ApiClient.Reply> reply : replies) {
                ApiClient.Reply r = reply.get();
                if (r.status() == 200) {
                    accepted++;
                } else {
                    assertEquals(409, r.status(), r.body());
                    assertTrue(r.contentType().startsWith("application/problem+json"));
                    refused++;
                }
            }
            assertEquals(5, accepted, "exactly the free places are taken");
            assertEquals(45, refused, "every other acceptance is refused clearly");
        } finally {
            pool.shutdownNow();
        }
        JsonObject capacity = as("provider2.admin").get("api/v1/capacity/" + target.id()).json();
        assertEquals(0, capacity.getInt("available"), "nothing is overbooked");
        assertEquals(reservedBefore + 5, capacity.getInt("reserved"), "the counts agree with the acceptances");
        long acceptedReferrals = offers.stream().filter(o -> {
            try {
                return as("state.staff").get("api/v1/referrals/" + o[0]).json().getString("status").equals("ACCEPTED");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertEquals(5, acceptedReferrals);
    }

    @Test
    void anUnansweredEmergencyOfferExpiresIsEscalatedAndMovesOn() throws Exception {
        Target target = target(0);
        declare(target, 4);
        ApiClient.Reply created = as("state.staff").post("api/v1/referrals", referral("REF-EXPIRE-" + RUN, target, "EMERGENCY", "[]"));
        assertEquals(201, created.status(), created.body());
        JsonObject referral = created.json();
        long id = referral.getJsonNumber("id").longValue();
        int firstOffers = referral.getJsonArray("offers").size();
        assertTrue(firstOffers >= 1, "an emergency is offered to the top matches at once");
        // the test server's emergency window is a few seconds and its deadline sweep runs every two
        JsonObject later = null;
        for (int i = 0; i < 60; i++) {
            Thread.sleep(1000);
            later = as("state.staff").get("api/v1/referrals/" + id).json();
            if (later.getBoolean("escalated")) {
                break;
            }
        }
        assertTrue(later.getBoolean("escalated"), "escalated to the region's lead once the window closed");
        assertTrue(later.getJsonArray("offers").stream().map(JsonValue::asJsonObject).anyMatch(o -> o.getString("status").equals("EXPIRED")));
        assertTrue(later.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("action")).toList().contains("EXPIRE"));
        String region = later.getString("regionCode").toLowerCase();
        assertTrue(as("lead." + region).get("api/v1/referrals?escalated=true&size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).anyMatch(r -> r.getJsonNumber("id").longValue() == id), "on the lead's queue");
    }

    private static long countOf(String sql, String value) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             java.sql.PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, value);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String withStatePersonId(String referral, Target target, String id) {
        return referral.replace("\"gender\": \"" + target.gender() + "\"}", "\"gender\": \"" + target.gender()
                + "\", \"statePersonId\": \"" + id + "\"}");
    }

    @Test
    void aReferredChildWithTheStatesPersonIdIsTheChildTheStatesExtractBroughtIn() throws Exception {
        Target target = null;
        for (int i = 0; target == null; i++) {
            Target t = target(i);
            if (PLACEMENT_SERVICES.contains(t.offering().getString("serviceTypeCode"))) {
                target = t;
            }
        }
        declare(target, 2);
        LocalDate today = PortalDeployment.today();
        String stateId = "MS-" + RUN;
        String county = target.offering().getString("countyFips");
        java.util.Map<String, String> extract = new java.util.LinkedHashMap<>();
        extract.put("children", "state_child_id,date_of_birth,sex,home_county_fips,sibling_group_id,removal_county_fips\n"
                + stateId + "," + today.minusYears(target.age()).minusDays(10) + ",F," + county + ",,\n");
        extract.put("episodes", "state_child_id,episode_no,removal_date,discharge_date,discharge_reason\n"
                + stateId + ",1," + today.minusDays(60) + ",,\n");
        extract.put("placements", "state_child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                + stateId + ",1," + today.minusDays(60) + ",,FOSTER_HOME,," + county + "\n");
        ApiClient.Reply imported = as("state.staff").postFiles("api/v1/imports/afcars", extract);
        assertEquals(201, imported.status(), imported.body());

        ApiClient lead = as("lead.r2");
        ApiClient.Reply bad = lead.post("api/v1/referrals", withStatePersonId(referral("REF-ID1-" + RUN, target, "ROUTINE", "[]"),
                target, "MS " + RUN), "application/json", null);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("children[0].statePersonId", fieldOf(bad));

        ApiClient.Reply created = lead.post("api/v1/referrals", withStatePersonId(referral("REF-ID2-" + RUN, target, "ROUTINE", "[]"),
                target, stateId), "application/json", null);
        assertEquals(201, created.status(), created.body());
        JsonObject referral = offerTo(created.json(), target);
        long id = referral.getJsonNumber("id").longValue();
        ApiClient provider = as("provider2.admin");
        assertEquals(200, provider.post("api/v1/referrals/" + id + "/accept", "{\"offerId\": " + openOfferTo(referral, target) + "}").status());
        assertEquals(200, provider.post("api/v1/referrals/" + id + "/start", "").status());

        assertEquals(1, countOf("SELECT COUNT(*) FROM outcome_child WHERE state_child_id = ?", stateId), "one child, not two");
        assertEquals(0, count("SELECT COUNT(*) FROM outcome_child WHERE referral_id = ?", id), "no second record for the referral");
        long child = countOf("SELECT id FROM outcome_child WHERE state_child_id = ?", stateId);
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_episode WHERE child_id = ?", child),
                "the episode the state recorded continues: no second removal");
        assertEquals(2, count("SELECT COUNT(*) FROM outcome_placement WHERE child_id = ?", child));
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_placement WHERE child_id = ? AND referral_id IS NOT NULL", child),
                "the provider's placement is known as the provider's");
    }

    private List<String> maltreatmentInCare(String side) throws Exception {
        ApiClient.Reply reply = as("state.staff").get("api/v1/reports/indicators/maltreatment-in-care?to=" + PortalDeployment.today());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray(side).stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private long startedReferral(Target target, String body) throws Exception {
        ApiClient.Reply created = as("lead.r2").post("api/v1/referrals", body, "application/json", null);
        assertEquals(201, created.status(), created.body());
        JsonObject referral = offerTo(created.json(), target);
        long id = referral.getJsonNumber("id").longValue();
        ApiClient provider = as("provider2.admin");
        assertEquals(200, provider.post("api/v1/referrals/" + id + "/accept", "{\"offerId\": " + openOfferTo(referral, target) + "}").status());
        assertEquals(200, provider.post("api/v1/referrals/" + id + "/start", "").status());
        return id;
    }

    /**
     * A child in care whose last placement ended without a discharge is shown as still in care with no current
     * placement, and those days are not days in care (a report on one is no report in care); a later referral of the
     * child without the state's person id continues the child's open episode, as the portal knows the child by name,
     * birth date and home county from the referral that gave the id.
     */
    @Test
    void aChildKnownToThePortalContinuesItsEpisodeAndAPlacementEndedWithoutADischargeLeavesItInCareUnplaced() throws Exception {
        Target target = null;
        for (int i = 0; target == null; i++) {
            Target t = target(i);
            if (PLACEMENT_SERVICES.contains(t.offering().getString("serviceTypeCode"))) {
                target = t;
            }
        }
        declare(target, 2);
        LocalDate today = PortalDeployment.today();
        String stateId = "EP-" + RUN;
        String county = target.offering().getString("countyFips");
        java.util.Map<String, String> extract = new java.util.LinkedHashMap<>();
        extract.put("children", "state_child_id,date_of_birth,sex,home_county_fips,sibling_group_id,removal_county_fips\n"
                + stateId + "," + today.minusYears(target.age()).minusDays(10) + ",F," + county + ",,\n");
        extract.put("episodes", "state_child_id,episode_no,removal_date,discharge_date,discharge_reason\n"
                + stateId + ",1," + today.minusDays(90) + ",,\n");
        extract.put("placements", "state_child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                + stateId + ",1," + today.minusDays(90) + "," + today.minusDays(40) + ",FOSTER_HOME,," + county + "\n");
        extract.put("maltreatment", "state_child_id,report_id,report_date,disposition,in_care\n"
                + stateId + ",RE" + RUN + "," + today.minusDays(20) + ",SUBSTANTIATED,Y\n");
        ApiClient.Reply imported = as("state.staff").postFiles("api/v1/imports/afcars", extract);
        assertEquals(201, imported.status(), imported.body());
        String key = "afcars:" + stateId;
        assertTrue(maltreatmentInCare("denominator").contains(key), "the 50 placed days are days in care");
        assertFalse(maltreatmentInCare("numerator").contains(key),
                "a report 20 days ago, when the child had no placement, is no report in care");

        String first = referral("REF-EP1-" + RUN, target, "ROUTINE", "[]");
        long named = startedReferral(target, withStatePersonId(first, target, stateId));
        ApiClient provider = as("provider2.admin");
        assertEquals(200, provider.post("api/v1/referrals/" + named + "/complete", "{\"note\": \"moved on\"}").status());
        JsonObject child = provider.get("api/v1/referrals/" + named + "/outcomes").json().getJsonArray("children").getJsonObject(0);
        assertTrue(child.getBoolean("inCare"), child.toString());
        assertEquals(today.toString(), child.getString("withoutPlacementSince"), child.toString());
        assertTrue(child.getString("care").startsWith("Still in care with no current placement since " + today), child.toString());

        // the same child (name, birth date, home county), referred again without the state's person id
        long again = startedReferral(target, first.replace("\"number\": \"REF-EP1-", "\"number\": \"REF-EP2-"));
        long stored = countOf("SELECT id FROM outcome_child WHERE state_child_id = ?", stateId);
        assertEquals(1, countOf("SELECT COUNT(*) FROM outcome_child WHERE state_child_id = ?", stateId), "one child");
        assertEquals(0, count("SELECT COUNT(*) FROM outcome_child WHERE referral_id = ?", again), "no second record");
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_episode WHERE child_id = ?", stored),
                "the open episode continues: no removal invented");
        assertEquals(1, count("SELECT COUNT(*) FROM outcome_placement WHERE child_id = ? AND end_date IS NULL", stored));
        JsonObject placed = provider.get("api/v1/referrals/" + again + "/outcomes").json().getJsonArray("children").getJsonObject(0);
        assertTrue(!placed.containsKey("withoutPlacementSince") || placed.isNull("withoutPlacementSince"), placed.toString());
        assertEquals("In care, placed.", placed.getString("care"));
        assertEquals(1, placed.getJsonArray("episodes").size(), placed.toString());
    }
}
