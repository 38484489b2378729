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

    /**
     * The default is the latest complete federal fiscal year (1 October to 30 September, named by its end); a federal
     * fiscal or calendar year can be asked for by code; every figure names the cohort it follows, a year back for
     * permanency (entries) and recurrence, two years back for re-entry; a free window is labelled as one.
     */
    @Test
    void reportsFollowFederalPeriodsAndNameEachCohort() throws Exception {
        java.time.LocalDate today = PortalDeployment.today();
        int latestComplete = today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
        JsonObject report = as("state.staff").get("api/v1/reports/indicators").json();
        assertEquals("FFY" + latestComplete, report.getString("period"), report.toString());
        assertEquals("FEDERAL_FISCAL_YEAR", report.getString("periodKind"));
        assertEquals((latestComplete - 1) + "-10-01", report.getString("from"));
        assertEquals(latestComplete + "-09-30", report.getString("to"));
        assertEquals("Federal fiscal year " + latestComplete + " (" + (latestComplete - 1) + "-10-01 to " + latestComplete
                + "-09-30)", report.getString("periodLabel"));

        int year = latestComplete - 1;
        ApiClient.Reply asked = as("state.staff").get("api/v1/reports/indicators?period=ffy" + year);
        assertEquals(200, asked.status(), asked.body());
        assertEquals("FFY" + year, asked.json().getString("period"));
        assertEquals((year - 1) + "-10-01", asked.json().getString("from"));
        assertEquals(year + "-09-30", asked.json().getString("to"));
        Map<String, JsonObject> byId = byId(asked.json());
        JsonObject entries = byId.get("permanency-12m-entries");
        assertEquals((year - 2) + "-10-01", entries.getString("cohortFrom"), entries.toString());
        assertEquals((year - 1) + "-09-30", entries.getString("cohortTo"));
        assertEquals("Children entering care " + (year - 2) + "-10-01 to " + (year - 1) + "-09-30", entries.getString("cohort"));
        JsonObject reentry = byId.get("reentry-12m");
        assertEquals((year - 3) + "-10-01", reentry.getString("cohortFrom"), reentry.toString());
        assertEquals((year - 2) + "-09-30", reentry.getString("cohortTo"));
        assertTrue(reentry.getString("cohort").startsWith("Children entering care " + (year - 3) + "-10-01 to " + (year - 2)
                + "-09-30"), reentry.toString());
        assertEquals((year - 2) + "-10-01", byId.get("recurrence-12m").getString("cohortFrom"));
        JsonObject stability = byId.get("placement-stability");
        assertEquals((year - 1) + "-10-01", stability.getString("cohortFrom"), "the report's own period");
        assertEquals(year + "-09-30", stability.getString("cohortTo"));
        JsonObject drill = as("state.staff").get("api/v1/reports/indicators/reentry-12m?period=FFY" + year).json();
        assertEquals(reentry.getString("cohort"), drill.getString("cohort"), "the drill-down names the same cohort");
        assertEquals(reentry.getJsonNumber("denominator").longValue(), drill.getJsonArray("denominator").size());
        assertEquals(reentry.getJsonNumber("denominator").longValue(), byId(as("state.staff").get("api/v1/reports/indicators?from="
                + (year - 1) + "-10-01&to=" + year + "-09-30").json()).get("reentry-12m").getJsonNumber("denominator").longValue(),
                "the same dates given as from/to are the same federal fiscal year");

        JsonObject calendar = as("state.staff").get("api/v1/reports/indicators?period=CY" + year).json();
        assertEquals("CALENDAR_YEAR", calendar.getString("periodKind"));
        assertEquals(year + "-01-01", calendar.getString("from"));
        assertEquals((year - 1) + "-01-01", byId(calendar).get("permanency-12m-entries").getString("cohortFrom"));

        JsonObject ending = as("state.staff").get("api/v1/reports/indicators?to=" + year + "-06-30").json();
        assertEquals("TWELVE_MONTHS_ENDING", ending.getString("periodKind"));
        assertTrue(ending.getString("periodLabel").startsWith("12 months ending " + year + "-06-30"), ending.getString("periodLabel"));
        JsonObject custom = as("state.staff").get("api/v1/reports/indicators?from=" + year + "-01-01&to=" + year + "-03-31").json();
        assertEquals("CUSTOM", custom.getString("periodKind"));
        assertEquals("Custom window " + year + "-01-01 to " + year + "-03-31", custom.getString("periodLabel"));
        assertEquals((year - 1) + "-01-01", byId(custom).get("permanency-12m-entries").getString("cohortFrom"));

        for (String bad : List.of("period=FY2026", "period=2026", "period=FFY26", "period=FFY2026&from=2025-10-01")) {
            ApiClient.Reply refused = as("state.staff").get("api/v1/reports/indicators?" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), bad + ": " + refused.contentType());
            assertEquals("period", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
        }
        assertEquals(400, as("state.staff").get("api/v1/reports/indicators/reentry-12m?period=CY1").status());
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
            java.time.LocalDate today = PortalDeployment.today();
            int latestComplete = today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
            assertTrue(html.contains("id=\"periodShown\" class=\"period-shown\">Federal fiscal year " + latestComplete + " (" + (latestComplete - 1) + "-10-01 to "
                    + latestComplete + "-09-30)"), user + " sees the default period in words");
            assertTrue(html.contains("Children entering care " + (latestComplete - 2) + "-10-01 to " + (latestComplete - 1)
                    + "-09-30"), user + " sees each figure's cohort");
        }
    }
}
