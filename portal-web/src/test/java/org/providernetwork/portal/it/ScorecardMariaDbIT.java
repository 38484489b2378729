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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every target a contract can carry is evaluated on its scorecard: the demo subcontracts' targets on referral
 * acceptance and response time show the supplier's offers; every indicator a target can name (recurrence of
 * maltreatment included) is computed, and an unknown indicator is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardMariaDbIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient state() {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), "state.staff");
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** The demo's active subcontracts of region 1 (each with targets on acceptance and response time). */
    private List<JsonObject> demoSubcontracts() throws Exception {
        return state().get("api/v1/contracts?kind=SUBCONTRACT&status=ACTIVE&size=200").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("number").startsWith("SUB-R1-")).toList();
    }

    private static Map<String, JsonObject> byId(JsonObject report) {
        return report.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getString("id"), v -> v));
    }

    @Test
    void acceptanceAndResponseTargetsAreEvaluatedOverTheSuppliersOffers() throws Exception {
        List<JsonObject> subcontracts = demoSubcontracts();
        assertFalse(subcontracts.isEmpty());
        int valued = 0;
        for (JsonObject contract : subcontracts.subList(0, Math.min(12, subcontracts.size()))) {
            Map<String, JsonObject> scorecard = byId(state().get("api/v1/reports/indicators?contract=" + contract.getJsonNumber("id")).json());
            Map<String, JsonObject> supplier = byId(state().get("api/v1/reports/indicators?provider="
                    + contract.getJsonNumber("supplierId")).json());
            for (String id : List.of("offer-acceptance", "offer-response-on-time")) {
                JsonObject value = scorecard.get(id);
                assertNotNull(value, id + " is computed");
                assertFalse(absent(value, "target"), contract.getString("number") + " has its target on " + id);
                assertEquals(supplier.get(id).getJsonNumber("denominator").longValue(), value.getJsonNumber("denominator").longValue(),
                        contract.getString("number") + ": " + id + " counts the supplier's offers");
                if (!absent(value, "value")) {
                    valued++;
                    assertFalse(absent(value, "meetsTarget"), "a value is judged against its target");
                }
            }
        }
        assertTrue(valued > 0, "the demo's subcontracts show acceptance and response values, not 'no data'");
    }

    @Test
    void everyIndicatorATargetCanNameIsOnTheScorecardAndAnUnknownOneIsRefused() throws Exception {
        JsonObject contract = demoSubcontracts().get(0);
        ApiClient.Reply refused = ApiClient.as(URI.create(PortalDeployment.loopback(base)), "lead.r1").put("api/v1/contracts/" + contract.getJsonNumber("id") + "/targets/NOT_AN_INDICATOR",
                "{\"target\": 5, \"direction\": \"AT_MOST\"}", "\"" + contract.getJsonNumber("version") + "\"");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("unknown indicator"), refused.body());

        Map<String, JsonObject> scorecard = byId(state().get("api/v1/reports/indicators?contract=" + contract.getJsonNumber("id")).json());
        assertNotNull(scorecard.get("recurrence-12m"), "recurrence of maltreatment is on the scorecard");

        String page = PortalSession.signIn(URI.create(PortalDeployment.loopback(base)), "state.staff")
                .page("contracts/contract.xhtml?id=" + contract.getJsonNumber("id")).body();
        assertTrue(page.contains("Referral offers accepted") || page.contains("Referrals accepted"), "the scorecard lists acceptance");
        assertFalse(page.contains("no data"), "every target shows a value or what is counted");
    }
}
