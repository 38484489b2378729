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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outcome indicators over the demo network's three years of history, through the API on MariaDB. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomesMariaDbIT {

    private static final List<String> FEDERAL = List.of("permanency-12m-entries", "permanency-12m-in-care-12-23",
            "permanency-12m-in-care-24plus", "reentry-12m", "placement-stability", "maltreatment-in-care");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    private static Map<String, JsonObject> byId(JsonObject report) {
        return report.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getString("id"), v -> v));
    }

    @Test
    void everyFederalIndicatorIsComputedFromTheDemoHistory() throws Exception {
        ApiClient.Reply reply = as("state.staff").get("api/v1/reports/indicators");
        assertEquals(200, reply.status(), reply.body());
        Map<String, JsonObject> indicators = byId(reply.json());
        assertTrue(indicators.keySet().containsAll(FEDERAL), indicators.keySet().toString());
        JsonObject permanency = indicators.get("permanency-12m-entries");
        assertTrue(permanency.getJsonNumber("denominator").longValue() > 100, "three years of demo entries: " + permanency);
        assertTrue(permanency.getJsonNumber("numerator").longValue() <= permanency.getJsonNumber("denominator").longValue());
        assertTrue(indicators.get("placement-stability").getJsonNumber("denominator").longValue() > 0, "days in care counted");

        JsonObject drill = as("state.staff").get("api/v1/reports/indicators/permanency-12m-entries").json();
        assertEquals(permanency.getJsonNumber("denominator").longValue(), drill.getJsonArray("denominator").size(),
                "the drill-down lists exactly the children in the denominator");
        assertEquals(permanency.getJsonNumber("numerator").longValue(), drill.getJsonArray("numerator").size());
        assertEquals(404, as("state.staff").get("api/v1/reports/indicators/speed").status());
        assertEquals(400, as("state.staff").get("api/v1/reports/indicators?from=2026-13-01").status());
    }

    @Test
    void eachCallerSeesItsOwnCutOnly() throws Exception {
        long state = byId(as("state.staff").get("api/v1/reports/indicators").json()).get("permanency-12m-entries")
                .getJsonNumber("denominator").longValue();
        long region1 = byId(as("state.staff").get("api/v1/reports/indicators?region=R1").json()).get("permanency-12m-entries")
                .getJsonNumber("denominator").longValue();
        assertTrue(region1 > 0 && region1 < state, region1 + " of " + state);
        JsonObject lead = as("lead.r1").get("api/v1/reports/indicators").json();
        assertTrue(lead.getJsonNumber("lead").longValue() > 0, "a lead's report is its network's");
        JsonObject statewide = byId(as("state.staff").get("api/v1/reports/indicators").json()).get("permanency-12m-entries");
        JsonObject network = byId(lead).get("permanency-12m-entries");
        assertEquals(statewide.getJsonNumber("value").doubleValue(), network.getJsonNumber("statewide").doubleValue(), 0.001,
                "the lead's scorecard sets the statewide figure beside its own");
        assertTrue(network.getJsonNumber("denominator").longValue() < statewide.getJsonNumber("denominator").longValue());
        long leadId = lead.getJsonNumber("lead").longValue();
        JsonObject leadCut = byId(as("state.staff").get("api/v1/reports/indicators?lead=" + leadId).json()).get("permanency-12m-entries");
        assertEquals(network.getJsonNumber("denominator").longValue(), leadCut.getJsonNumber("denominator").longValue(),
                "state staff cutting by a lead see what the lead sees of its network");
        assertEquals(404, as("lead.r1").get("api/v1/reports/indicators?lead=" + (leadId + 1)).status(), "not another network");
        assertEquals(404, as("provider.admin").get("api/v1/reports/indicators?lead=" + leadId).status(), "nor its lead's");
        String county = as("state.staff").get("api/v1/counties?region=R1").array().getJsonObject(0).getString("fips");
        long countyCut = byId(as("state.staff").get("api/v1/reports/indicators?county=" + county).json())
                .get("permanency-12m-entries").getJsonNumber("denominator").longValue();
        assertTrue(countyCut <= region1, "a county of region 1 counts no more than the region: " + countyCut + " of " + region1);
        assertEquals(404, as("lead.r1").get("api/v1/reports/indicators?region=R2").status(), "not another region");
        JsonObject provider = as("provider.admin").get("api/v1/reports/indicators").json();
        long own = provider.getJsonNumber("provider").longValue();
        assertEquals(404, as("provider.admin").get("api/v1/reports/indicators?provider=" + (own + 12)).status(),
                "a provider reports on its own placements only");
        assertEquals(404, as("provider.admin").get("api/v1/reports/indicators/permanency-12m-entries?provider=" + (own + 12)).status());
    }

    @Test
    void theDashboardAndTheRegionReviewReportExportAsPdf() throws Exception {
        PortalSession session = PortalSession.signIn(URI.create(PortalDeployment.loopback(base)), "state.staff");
        for (String[] export : new String[][] {{"reports/indicators.xhtml", "indicators", "indicators:exportPdf"},
                {"quality/report.xhtml?region=R1", "report", "report:exportPdf"}}) {
            java.net.http.HttpResponse<byte[]> pdf = session.press(export[0], export[1], export[2]);
            assertEquals(200, pdf.statusCode(), export[0]);
            assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                    export[0] + ": " + pdf.headers().firstValue("Content-Type"));
            assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), export[0]);
            assertTrue(pdf.body().length > 1000, "a real document: " + pdf.body().length + " bytes");
        }
    }

    @Test
    void theDashboardShowsEachCallerItsOwnFiguresWithATrend() throws Exception {
        for (String user : List.of("state.staff", "lead.r1", "provider.admin")) {
            String html = PortalSession.signIn(URI.create(PortalDeployment.loopback(base)), user).page("reports/indicators.xhtml").body();
            assertTrue(html.contains("By quarter") && html.contains("permanency-12m-entries"), user + " sees the dashboard");
            assertEquals(user.equals("state.staff"), html.contains("By region"), "only the state compares regions");
            assertEquals(!user.equals("state.staff"), html.contains("statewideColumn"), "a cut is set beside the state");
            assertEquals(user.equals("lead.r1"), html.contains("My whole network"), "a lead picks among its providers by name");
        }
    }
}
