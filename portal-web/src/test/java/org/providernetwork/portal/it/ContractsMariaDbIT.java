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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contracts through the API on MariaDB: the rules, the life cycle, If-Match, and who sees what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractsMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    @ArquillianResource
    private URL base;

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

    private long organisationOf(String username) throws Exception {
        return as("state.staff").get("api/v1/accounts?name=" + username).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("username").equals(username)).findFirst()
                .orElseThrow().getJsonNumber("organisationId").longValue();
    }

    private List<String> countiesOf(String region) throws Exception {
        List<String> fips = new ArrayList<>();
        as("state.staff").get("api/v1/counties?region=" + region).array()
                .forEach(c -> fips.add(c.asJsonObject().getString("fips")));
        return fips;
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + "," + b).map(v -> "[" + v + "]").orElse("[]");
    }

    private ApiClient.Reply draftPrime(String number, long lead, String start, String end) throws Exception {
        return as("state.staff").post("api/v1/contracts", "{\"number\": \"" + number + "\", \"kind\": \"PRIME\", \"supplierId\": " + lead
                + ", \"start\": \"" + start + "\", \"end\": \"" + end + "\", \"fundingSource\": \"Title IV-E\", \"budgetCeiling\": 2500000,"
                + " \"lines\": [{\"serviceType\": \"FOSTER\", \"unit\": \"DAY\", \"unitRate\": 85.50, \"fundedCapacity\": 40, \"counties\": "
                + json(countiesOf("R1")) + "}, {\"serviceType\": \"IN-HOME\", \"unit\": \"HOUR\", \"unitRate\": 62, \"fundedCapacity\": 25, \"counties\": "
                + json(countiesOf("R1").subList(0, 3)) + "}]}");
    }

    private JsonObject activate(ApiClient client, JsonObject contract) throws Exception {
        ApiClient.Reply reply = client.post("api/v1/contracts/" + contract.getJsonNumber("id") + "/activate", "", null, "\"" + contract.getJsonNumber("version") + "\"");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /**
     * The first day after every active prime contract of a lead: a new prime may start then. Read from the
     * data (the demo's own prime runs about two years from the day it was loaded, and other tests may add
     * more), never a fixed year that the calendar will reach.
     */
    static LocalDate afterEveryActivePrimeOf(ApiClient state, long lead) throws Exception {
        return state.get("api/v1/contracts?kind=PRIME&status=ACTIVE&size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("supplierId").longValue() == lead)
                .map(c -> LocalDate.parse(c.getString("end"))).max(LocalDate::compareTo)
                .orElse(PortalDeployment.today()).plusDays(1);
    }

    @Test
    void theLifeOfAPrimeContractAndItsSubcontractsFollowsTheRules() throws Exception {
        long lead = organisationOf("lead.r1");
        long provider = organisationOf("provider.admin");
        LocalDate from = afterEveryActivePrimeOf(as("state.staff"), lead);
        assertTrue(from.isAfter(PortalDeployment.today().plusYears(1)), "the demo prime runs on for more than a year: " + from);
        String start = from.toString();
        String end = from.plusMonths(18).minusDays(1).toString();
        // inside the new prime: a subcontract period, and one that runs beyond it
        String subStart = from.plusMonths(2).toString();
        String subEnd = from.plusMonths(12).minusDays(1).toString();

        ApiClient.Reply drafted = draftPrime("PRIME-R1-" + RUN, lead, start, end);
        assertEquals(201, drafted.status(), drafted.body());
        assertEquals("DRAFT", drafted.json().getString("status"));
        assertEquals(428, as("state.staff").post("api/v1/contracts/" + drafted.json().getJsonNumber("id") + "/activate", "", null, null).status());
        JsonObject prime = activate(as("state.staff"), drafted.json());
        assertEquals("ACTIVE", prime.getString("status"));
        assertEquals(409, draftPrime("PRIME-R1-" + RUN, lead, start, end).status(), "numbers are unique");

        JsonObject rival = draftPrime("PRIME-R1-B-" + RUN, lead, from.plusMonths(12).toString(),
                from.plusMonths(24).minusDays(1).toString()).json();
        ApiClient.Reply refused = as("state.staff").post("api/v1/contracts/" + rival.getJsonNumber("id") + "/activate", "", null,
                "\"" + rival.getJsonNumber("version") + "\"");
        assertEquals(409, refused.status(), "one active prime contract per region");
        assertTrue(refused.json().getString("detail").contains("already has an active prime contract"), refused.body());

        String region1 = countiesOf("R1").get(0);
        String region2 = countiesOf("R2").get(0);
        ApiClient leadApi = as("lead.r1");
        ApiClient.Reply outside = leadApi.post("api/v1/contracts", subcontract("SUB-X-" + RUN, provider, prime, subStart, subEnd, "FOSTER", region2));
        assertEquals(400, outside.status(), "a county the prime does not cover");
        assertTrue(outside.json().getString("detail").contains(region2), outside.body());
        assertEquals(400, leadApi.post("api/v1/contracts", subcontract("SUB-Y-" + RUN, provider, prime, subStart,
                from.plusMonths(24).toString(), "FOSTER", region1)).status(),
                "beyond the prime's period");
        assertEquals(400, leadApi.post("api/v1/contracts", subcontract("SUB-Z-" + RUN, provider, prime, subStart, subEnd, "PRTF", region1)).status(),
                "a service the prime does not buy");
        long elsewhere = as("state.staff").get("api/v1/organizations?type=LOCAL_PROVIDER&region=R2&size=100").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonArray("regions").stream().noneMatch(r -> "R1".equals(((jakarta.json.JsonString) r).getString())))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        ApiClient.Reply otherRegion = leadApi.post("api/v1/contracts", subcontract("SUB-W-" + RUN, elsewhere, prime, subStart, subEnd,
                "FOSTER", region1));
        assertEquals(400, otherRegion.status(), "a local provider that does not work in the lead's region: " + otherRegion.body());
        assertEquals("supplierId", otherRegion.json().getJsonArray("errors").getJsonObject(0).getString("field"), otherRegion.body());
        ApiClient.Reply leadPrime = leadApi.post("api/v1/contracts", "{\"number\": \"PRIME-BY-LEAD-" + RUN + "\", \"kind\": \"PRIME\","
                + " \"supplierId\": " + lead + ", \"start\": \"" + start + "\", \"end\": \"" + end + "\", \"budgetCeiling\": 1000,"
                + " \"lines\": [{\"serviceType\": \"FOSTER\", \"unit\": \"DAY\", \"unitRate\": 80, \"fundedCapacity\": 1,"
                + " \"counties\": [\"" + region1 + "\"]}]}");
        assertEquals(400, leadPrime.status(), "a lead drafts only subcontracts: " + leadPrime.body());
        assertEquals("kind", leadPrime.json().getJsonArray("errors").getJsonObject(0).getString("field"), leadPrime.body());
        ApiClient.Reply sub = leadApi.post("api/v1/contracts", subcontract("SUB-1-" + RUN, provider, prime, subStart, subEnd, "FOSTER", region1));
        assertEquals(201, sub.status(), sub.body());
        JsonObject activeSub = activate(leadApi, sub.json());
        assertEquals("ACTIVE", activeSub.getString("status"));
        assertEquals(prime.getString("number"), activeSub.getString("primeNumber"));

        // who sees what
        Map<String, Integer> primeStatus = Map.of("state.staff", 200, "lead.r1", 200, "lead.r2", 404, "provider.admin", 404,
                "provider2.admin", 404, "auditor", 200);
        Map<String, Integer> subStatus = Map.of("state.staff", 200, "lead.r1", 200, "lead.r2", 404, "provider.admin", 200,
                "provider2.admin", 404, "auditor", 200);
        for (String user : primeStatus.keySet()) {
            assertEquals(primeStatus.get(user), as(user).get("api/v1/contracts/" + prime.getJsonNumber("id")).status(), user + " reads the prime");
            ApiClient.Reply reply = as(user).get("api/v1/contracts/" + activeSub.getJsonNumber("id"));
            assertEquals(subStatus.get(user), reply.status(), user + " reads the subcontract");
            assertEquals(primeStatus.get(user), as(user).get("api/v1/contracts/" + prime.getJsonNumber("id") + "/usage").status(),
                    user + " reads the prime's utilisation and spend");
            if (reply.status() == 404) {
                assertTrue(!reply.body().contains("SUB-1-"), "a refusal leaks nothing");
            }
        }
        assertTrue(PortalSession.signIn(portal(), "lead.r2").page("contracts/contract.xhtml?id=" + prime.getJsonNumber("id")).body()
                .contains("Not found"), "the portal page follows the same rule");
        assertTrue(PortalSession.signIn(portal(), "lead.r1").page("contracts/contract.xhtml?id=" + prime.getJsonNumber("id")).body()
                .contains(prime.getString("number")));
        assertEquals(403, as("provider.admin").post("api/v1/contracts/" + activeSub.getJsonNumber("id") + "/activate", "", null,
                "\"" + activeSub.getJsonNumber("version") + "\"").status(), "the supplier does not change it");
    }

    @Test
    void twoPeopleAmendingTheSameContractTheSecondIsToldAndNothingIsLost() throws Exception {
        long lead = organisationOf("lead.r1");
        // a draft: its period may overlap anything, but let it start on a day the calendar has not reached
        LocalDate start = PortalDeployment.today().plusYears(1);
        String period = "\"start\": \"" + start + "\", \"end\": \"" + start.plusYears(1).minusDays(1) + "\"";
        JsonObject contract = draftPrime("PRIME-AMEND-" + RUN, lead, start.toString(), start.plusYears(1).minusDays(1).toString()).json();
        String etag = "\"" + contract.getJsonNumber("version") + "\"";
        ApiClient.Reply first = as("state.staff").post("api/v1/contracts/" + contract.getJsonNumber("id") + "/amendments",
                "{\"description\": \"budget increase\", " + period + ", \"budgetCeiling\": 3000000}", null, etag);
        assertEquals(200, first.status(), first.body());
        ApiClient.Reply second = as("state.staff").post("api/v1/contracts/" + contract.getJsonNumber("id") + "/amendments",
                "{\"description\": \"budget cut\", " + period + ", \"budgetCeiling\": 100}", null, etag);
        assertEquals(412, second.status(), "the second save is refused");
        assertTrue(second.json().getString("detail").contains("changed by someone else"));
        JsonObject now = as("state.staff").get("api/v1/contracts/" + contract.getJsonNumber("id")).json();
        assertEquals(1, now.getJsonArray("amendments").size());
        assertEquals(3000000, now.getJsonNumber("budgetCeiling").intValue(), "the first change is kept");
        assertEquals("budget increase", now.getJsonArray("amendments").getJsonObject(0).getString("description"));
    }

    @Test
    void contractsEndingSoonAreListedForTheirParties() throws Exception {
        long statewide = as("state.staff").get("api/v1/organizations?type=STATEWIDE_PROVIDER&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate today = PortalDeployment.today();
        ApiClient.Reply drafted = as("state.staff").post("api/v1/contracts", "{\"number\": \"DIRECT-SOON-" + RUN
                + "\", \"kind\": \"DIRECT\", \"supplierId\": " + statewide + ", \"start\": \"" + today.minusMonths(11)
                + "\", \"end\": \"" + today.plusDays(20) + "\", \"budgetCeiling\": 100000, \"lines\": [{\"serviceType\": \"RESPITE\","
                + " \"unit\": \"DAY\", \"unitRate\": 410, \"fundedCapacity\": 4, \"counties\": [\"28049\"]}]}");
        assertEquals(201, drafted.status(), drafted.body());
        activate(as("state.staff"), drafted.json());
        List<String> soon = new ArrayList<>();
        as("state.staff").get("api/v1/contracts/expiring?days=30").array().forEach(c -> soon.add(c.asJsonObject().getString("number")));
        assertTrue(soon.contains("DIRECT-SOON-" + RUN), soon.toString());
        List<String> leadSees = new ArrayList<>();
        as("lead.r1").get("api/v1/contracts/expiring?days=30").array().forEach(c -> leadSees.add(c.asJsonObject().getString("number")));
        assertTrue(!leadSees.contains("DIRECT-SOON-" + RUN), "not a lead's contract");
        assertTrue(PortalSession.signIn(portal(), "state.staff").page("home.xhtml").body().contains("DIRECT-SOON-" + RUN),
                "the state's home page alerts it");
    }

    private static String subcontract(String number, long provider, JsonObject prime, String start, String end, String service,
                                      String county) {
        return "{\"number\": \"" + number + "\", \"kind\": \"SUBCONTRACT\", \"supplierId\": " + provider + ", \"primeId\": "
                + prime.getJsonNumber("id") + ", \"start\": \"" + start + "\", \"end\": \"" + end + "\", \"budgetCeiling\": 150000,"
                + " \"lines\": [{\"serviceType\": \"" + service + "\", \"unit\": \"DAY\", \"unitRate\": 80, \"fundedCapacity\": 6,"
                + " \"counties\": [\"" + county + "\"]}]}";
    }

    @Test
    void performanceTargetsAreSetByThePurchaserAndAmendAnActiveContract() throws Exception {
        JsonObject prime = as("state.staff").get("api/v1/contracts?kind=PRIME&status=ACTIVE&size=200").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(c -> c.getString("number").equals("PRM-R3-01")).findFirst().orElseThrow();
        assertEquals(4, prime.getJsonArray("targets").size(), "the demo prime contracts carry targets");
        String path = "api/v1/contracts/" + prime.getJsonNumber("id") + "/targets/SIBLINGS_TOGETHER";
        String etag = "\"" + prime.getJsonNumber("version") + "\"";
        assertEquals(404, as("lead.r1").put(path, "{\"target\": 70, \"direction\": \"AT_LEAST\"}", etag).status(),
                "another region's lead does not even see it");
        ApiClient.Reply bad = as("state.staff").put(path, "{\"target\": 170, \"direction\": \"AT_LEAST\"}", etag);
        assertEquals(400, bad.status(), "a percentage is at most 100");
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        ApiClient.Reply set = as("state.staff").put(path, "{\"target\": 70, \"direction\": \"AT_LEAST\"}", etag);
        assertEquals(200, set.status(), set.body());
        JsonObject amended = set.json();
        assertEquals(5, amended.getJsonArray("targets").size());
        assertEquals(prime.getJsonArray("amendments").size() + 1, amended.getJsonArray("amendments").size(),
                "a target change on an active contract is an amendment");
        assertEquals(412, as("state.staff").put(path, "{\"target\": 75, \"direction\": \"AT_LEAST\"}", etag).status(),
                "a stale version is refused");
        ApiClient.Reply removed = as("state.staff").delete(path, "\"" + amended.getJsonNumber("version") + "\"");
        assertEquals(200, removed.status(), removed.body());
        assertEquals(4, removed.json().getJsonArray("targets").size());
        assertEquals(400, as("state.staff").put("api/v1/contracts/" + prime.getJsonNumber("id") + "/targets/SPEED",
                "{\"target\": 1, \"direction\": \"AT_MOST\"}", "\"" + removed.json().getJsonNumber("version") + "\"").status());
    }

    @Test
    void terminatingASubcontractTakesAwayTheFundingAndCoverOfItsProvidersOfferings() throws Exception {
        ApiClient lead = as("lead.r6");
        JsonObject sub = lead.get("api/v1/contracts?kind=SUBCONTRACT&status=ACTIVE&size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("number").startsWith("SUB-R6-"))
                .reduce((a, b) -> b).orElseThrow();
        long supplier = sub.getJsonNumber("supplierId").longValue();
        List<JsonObject> before = as("state.staff").get("api/v1/capacity?organization=" + supplier).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(before.stream().allMatch(c -> c.getBoolean("contracted")), "the demo subcontract covers every offering");
        assertTrue(before.stream().anyMatch(c -> c.getInt("funded") > 0), "and funds places");
        ApiClient.Reply terminated = lead.post("api/v1/contracts/" + sub.getJsonNumber("id") + "/terminate",
                "{\"reason\": \"provider closed\"}", null, "\"" + sub.getJsonNumber("version") + "\"");
        assertEquals(200, terminated.status(), terminated.body());
        List<JsonObject> after = as("state.staff").get("api/v1/capacity?organization=" + supplier).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(after.stream().noneMatch(c -> c.getBoolean("contracted")), "no active contract covers them any more");
        assertTrue(after.stream().allMatch(c -> c.getInt("funded") == 0));
        assertEquals(0, as("state.staff").get("api/v1/offerings?contracted=true&organization=" + supplier).json().getInt("total"));
    }

    @Test
    void aContractPageShowsPlacesInUseBesideTheFundedPlacesAndItsScorecard() throws Exception {
        JsonObject prime = as("state.staff").get("api/v1/contracts?kind=PRIME&status=ACTIVE&size=200").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(c -> c.getString("number").equals("PRM-R4-01")).findFirst().orElseThrow();
        String html = PortalSession.signIn(portal(), "state.staff").page("contracts/contract.xhtml?id=" + prime.getJsonNumber("id"))
                .body();
        assertTrue(html.contains("% of funded"), "each line shows the places in use against the funded places");
        assertTrue(html.contains("Scorecard"), "and the targets beside the measured values");
    }
}
