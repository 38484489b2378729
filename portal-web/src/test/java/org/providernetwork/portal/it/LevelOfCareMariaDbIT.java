package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Matching by level of care on MariaDB, through the API: a less restrictive level ranks first even when it
 * scores less, kinship offerings come first when the referral asks for kin and are not sought otherwise, an
 * offering that does not accept the referral's risk is left out saying why, and bad values are 400 by field.
 * <p>The statewide provider of {@code statewide.admin} gets offerings of services the state has never bought from
 * it (foster care far from Hinds County but taking children from elsewhere, therapeutic foster care and kinship
 * care in Hinds County, and a foster home there for low risk only) and a direct contract buying them for Hinds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LevelOfCareMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final String HINDS = "28049";
    private static final String DESOTO = "28033";
    private static final LocalDate TODAY = PortalDeployment.today();

    /** The offerings of the run, made once for every test of the class. */
    private static long farFoster;
    private static long therapeutic;
    private static long kinship;
    private static long lowRiskFoster;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    @BeforeEach
    void offeringsAtSeveralLevels() throws Exception {
        if (farFoster != 0) {
            return;
        }
        ApiClient provider = as("statewide.admin");
        long own = provider.get("api/v1/accounts?name=statewide.admin").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("organisationId").longValue();
        farFoster = offering(provider, own, "FOSTER", "far foster homes", DESOTO, true, null);
        therapeutic = offering(provider, own, "THER-FOSTER", "therapeutic homes", HINDS, false, null);
        kinship = offering(provider, own, "KINSHIP", "kin search", HINDS, false, null);
        lowRiskFoster = offering(provider, own, "FOSTER", "low-risk foster homes", HINDS, false, "[\"LOW\"]");
        ApiClient.Reply drafted = as("state.staff").post("api/v1/contracts", "{\"number\": \"DIR-LOC-" + RUN
                + "\", \"kind\": \"DIRECT\", \"supplierId\": " + own + ", \"start\": \"" + TODAY.minusDays(10)
                + "\", \"end\": \"" + TODAY.plusDays(200) + "\", \"budgetCeiling\": 500000, \"lines\": ["
                + line("FOSTER") + ", " + line("THER-FOSTER") + ", " + line("KINSHIP") + "]}");
        assertEquals(201, drafted.status(), drafted.body());
        ApiClient.Reply active = as("state.staff").post("api/v1/contracts/" + drafted.json().getJsonNumber("id") + "/activate", "",
                null, "\"" + drafted.json().getJsonNumber("version") + "\"");
        assertEquals(200, active.status(), active.body());
    }

    private static String line(String service) {
        return "{\"serviceType\": \"" + service + "\", \"unit\": \"DAY\", \"unitRate\": 90, \"fundedCapacity\": 4,"
                + " \"counties\": [\"" + HINDS + "\"]}";
    }

    private static long offering(ApiClient provider, long own, String service, String name, String county, boolean outOfCounty,
                                 String risks) throws Exception {
        ApiClient.Reply created = provider.post("api/v1/offerings", "{\"providerId\": " + own + ", \"offering\": {\"serviceType\": \""
                + service + "\", \"name\": \"Levels " + RUN + " " + name + "\", \"locationCounty\": \"" + county
                + "\", \"minAge\": 0, \"maxAge\": 17, \"maxSiblingGroup\": 3, \"acceptsOutOfCounty\": " + outOfCounty
                + (risks == null ? "" : ", \"acceptedRisks\": " + risks) + "}}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        ApiClient.Reply capacity = provider.get("api/v1/capacity/" + id);
        ApiClient.Reply put = provider.put("api/v1/capacity/" + id, "{\"available\": 3, \"maximum\": 3, \"waitlist\": 0}",
                capacity.header("ETag"));
        assertEquals(200, put.status(), put.body());
        return id;
    }

    private JsonObject referral(String number, String extra) throws Exception {
        ApiClient.Reply created = as("state.staff").post("api/v1/referrals", body(number, extra));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static String body(String number, String extra) {
        return "{\"number\": \"" + number + "-" + RUN + "\", \"serviceType\": \"FOSTER\", \"homeCounty\": \"" + HINDS
                + "\", \"children\": [{\"name\": \"Child " + number + "\", \"birthDate\": \"" + TODAY.minusYears(8).minusDays(20)
                + "\", \"gender\": \"FEMALE\"}], \"ratings\": {\"TRAUMA\": 1}, \"urgency\": \"ROUTINE\","
                + " \"caseManagerName\": \"Casey Manager\"" + extra + "}";
    }

    private JsonObject matches(JsonObject referral) throws Exception {
        ApiClient.Reply reply = as("state.staff").get("api/v1/referrals/" + referral.getJsonNumber("id") + "/matches");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<JsonObject> candidates(JsonObject matches) {
        return matches.getJsonArray("candidates").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject candidate(JsonObject matches, long offeringId) {
        return candidates(matches).stream().filter(c -> c.getJsonNumber("offeringId").longValue() == offeringId).findFirst()
                .orElseThrow(() -> new AssertionError("offering " + offeringId + " is not a candidate: " + matches));
    }

    private static JsonObject exclusion(JsonObject matches, long offeringId) {
        return matches.getJsonArray("exclusions").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("offeringId").longValue() == offeringId).findFirst()
                .orElseThrow(() -> new AssertionError("offering " + offeringId + " is not excluded"));
    }

    /** Another service the referral may not use is not sought: neither a candidate nor left out, as before levels. */
    private static void assertNotSought(JsonObject matches, long offeringId) {
        assertTrue(candidates(matches).stream().noneMatch(c -> c.getJsonNumber("offeringId").longValue() == offeringId),
                "offering " + offeringId + " is a candidate");
        assertTrue(matches.getJsonArray("exclusions").stream().map(JsonValue::asJsonObject)
                .noneMatch(e -> e.getJsonNumber("offeringId").longValue() == offeringId), "offering " + offeringId + " is listed");
    }

    private static String level(JsonObject candidate) {
        return candidate.getJsonArray("contributions").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("factor").equals("LEVEL_OF_CARE")).findFirst().orElseThrow().getString("explanation");
    }

    @Test
    void aLessRestrictiveLevelRanksFirstEvenWhenItScoresLess() throws Exception {
        JsonObject referral = referral("LOC-UP", ", \"risk\": \"LOW\", \"maxLevelOfCare\": \"therapeutic-foster\"");
        assertEquals("THERAPEUTIC_FOSTER", referral.getString("maxLevelOfCare"));
        JsonObject matches = matches(referral);
        JsonObject foster = candidate(matches, farFoster);
        JsonObject ther = candidate(matches, therapeutic);
        assertTrue(foster.getInt("rank") < ther.getInt("rank"), "foster care before therapeutic foster care");
        assertTrue(foster.getJsonNumber("score").doubleValue() < ther.getJsonNumber("score").doubleValue(),
                "although the foster homes, far away, score less");
        assertEquals("foster care, the level of care requested: ranked before the more restrictive levels allowed"
                + " (up to therapeutic foster care)", level(foster));
        assertTrue(level(ther).startsWith("therapeutic foster care, more restrictive than the foster care requested"), level(ther));
        for (JsonObject c : candidates(matches)) {
            if (c.getInt("rank") < ther.getInt("rank")) {
                assertTrue(level(c).startsWith("foster care"), "every candidate before the therapeutic one is foster care: " + c);
            }
        }

        JsonObject plain = matches(referral("LOC-PLAIN", ", \"risk\": \"LOW\""));
        assertNotSought(plain, therapeutic);
        assertEquals("FOSTER", as("state.staff").get("api/v1/referrals/" + referral("LOC-DEF", ", \"risk\": \"LOW\"")
                .getJsonNumber("id")).json().getString("maxLevelOfCare"), "the level of the service requested by default");
    }

    @Test
    void kinComeFirstWhenTheReferralAsksForKinAndAreLeftOutOtherwise() throws Exception {
        JsonObject matches = matches(referral("LOC-KIN", ", \"risk\": \"LOW\", \"kinFirst\": true"));
        JsonObject kin = candidate(matches, kinship);
        List<JsonObject> all = candidates(matches);
        int lastKin = all.stream().filter(c -> level(c).startsWith("kinship care")).mapToInt(c -> c.getInt("rank")).max().orElseThrow();
        int firstOther = all.stream().filter(c -> !level(c).startsWith("kinship care")).mapToInt(c -> c.getInt("rank")).min().orElseThrow();
        assertTrue(lastKin < firstOther, "every kinship offering before every other");
        assertTrue(kin.getInt("rank") <= lastKin);
        assertEquals("kinship care, kin first asked: ranked before every other level of care", level(kin));

        assertNotSought(matches(referral("LOC-NOKIN", ", \"risk\": \"LOW\"")), kinship);
    }

    @Test
    void anOfferingThatDoesNotAcceptTheRiskIsLeftOutSayingWhy() throws Exception {
        JsonObject offering = as("state.staff").get("api/v1/offerings/" + lowRiskFoster).json();
        assertEquals("[\"LOW\"]", offering.getJsonArray("acceptedRisks").toString());
        JsonObject high = matches(referral("LOC-HIGH", ", \"risk\": \"HIGH\""));
        JsonObject left = exclusion(high, lowRiskFoster);
        assertEquals("RISK_NOT_ACCEPTED", left.getString("constraint"));
        assertEquals("accepts low risk only, the referral's risk is high", left.getString("detail"));
        candidate(matches(referral("LOC-LOW", ", \"risk\": \"LOW\"")), lowRiskFoster);
    }

    @Test
    void badLevelsAndRisksAre400NamingTheField() throws Exception {
        ApiClient state = as("state.staff");
        assertField(state.post("api/v1/referrals", body("LOC-BAD1", ", \"risk\": \"LOW\", \"maxLevelOfCare\": \"CASTLE\"")),
                "maxLevelOfCare");
        assertField(state.post("api/v1/referrals", body("LOC-BAD2", ", \"risk\": \"LOW\", \"maxLevelOfCare\": \"KIN\"")),
                "maxLevelOfCare");
        ApiClient provider = as("statewide.admin");
        ApiClient.Reply read = provider.get("api/v1/offerings/" + kinship);
        String profile = "{\"name\": \"Levels " + RUN + " kin search\", \"locationCounty\": \"" + HINDS
                + "\", \"minAge\": 0, \"maxAge\": 17, \"maxSiblingGroup\": 3, \"acceptedRisks\": ";
        assertField(provider.put("api/v1/offerings/" + kinship, profile + "[]}", read.header("ETag")), "acceptedRisks");
        assertField(provider.put("api/v1/offerings/" + kinship, profile + "[\"EXTREME\"]}", read.header("ETag")), "acceptedRisks");
        assertEquals(3, provider.get("api/v1/offerings/" + kinship).json().getJsonArray("acceptedRisks").size(),
                "a refused change changes nothing");
    }

    private static void assertField(ApiClient.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.body().contains("\"" + field), reply.body());
    }
}
