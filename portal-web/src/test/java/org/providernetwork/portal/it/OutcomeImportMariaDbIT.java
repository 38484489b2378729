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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An AFCARS-style extract imported through the API on MariaDB: checked row by row, written whole or not at all; format 2
 * puts children into their region's cut; a re-import updates the children it knows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomeImportMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final LocalDate TODAY = PortalDeployment.today();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    private Map<String, String> extract(String placementsExtra) {
        String a = "A" + RUN;
        String b = "B" + RUN;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("children", "child_id,date_of_birth,sex\n" + a + "," + TODAY.minusYears(6) + ",F\n" + b + ","
                + TODAY.minusYears(12) + ",M\n");
        files.put("episodes", "child_id,episode_no,removal_date,discharge_date,discharge_reason\n"
                + a + ",1," + TODAY.minusDays(200) + "," + TODAY.minusDays(40) + ",REUNIFICATION\n"
                + b + ",1," + TODAY.minusDays(150) + ",,\n");
        files.put("placements", "child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                + a + ",1," + TODAY.minusDays(200) + "," + TODAY.minusDays(100) + ",FOSTER_HOME,,28071\n"
                + a + ",1," + TODAY.minusDays(100) + "," + TODAY.minusDays(40) + ",KIN,,28071\n"
                + b + ",1," + TODAY.minusDays(150) + ",,GROUP_HOME,,28049\n" + placementsExtra);
        files.put("maltreatment", "child_id,report_date,substantiated,in_care\n" + b + "," + TODAY.minusDays(30) + ",Y,Y\n");
        return files;
    }

    @Test
    void aValidExtractIsWrittenWholeAndFeedsTheIndicators() throws Exception {
        ApiClient state = as("state.staff");
        ApiClient.Reply dry = state.postFiles("api/v1/imports/afcars?dryRun=true", extract(""));
        assertEquals(200, dry.status(), dry.body());
        assertEquals(0, dry.json().getJsonArray("errors").size(), dry.body());
        assertEquals(3, dry.json().getInt("placements"));

        ApiClient.Reply written = state.postFiles("api/v1/imports/afcars", extract(""));
        assertEquals(201, written.status(), written.body());
        // a report 30 days ago: in the 12 months ending today (a free window), not yet in a complete federal year
        JsonObject stability = state.get("api/v1/reports/indicators/maltreatment-in-care?to=" + TODAY).json();
        assertEquals("Children in care " + TODAY.plusDays(1).minusMonths(12) + " to " + TODAY + ", their days in care in it",
                stability.getString("cohort"));
        assertTrue(stability.getJsonArray("numerator").stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .anyMatch(id -> id.endsWith("B" + RUN)), "the imported substantiated report in care counts: " + stability);

        ApiClient.Reply again = state.postFiles("api/v1/imports/afcars", extract(""));
        assertEquals(201, again.status(), "the same extract again updates the children it knows: " + again.body());
        JsonObject changes = again.json().getJsonObject("changes");
        assertEquals(0, changes.getInt("childrenAdded"), again.body());
        assertEquals(0, changes.getInt("childrenUpdated"), "nothing differs, so nothing changes: " + again.body());
        assertEquals(0, changes.getInt("reportsAdded"), "the same report is not counted twice: " + again.body());
        assertEquals(403, as("provider.admin").postFiles("api/v1/imports/afcars?dryRun=true", extract("")).status());
    }

    @Test
    void anExtractWithBadRowsWritesNothingAndNamesEveryProblem() throws Exception {
        String c = "C" + RUN;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("children", "child_id,date_of_birth,sex\n" + c + "," + TODAY.minusYears(9) + ",F\n");
        files.put("episodes", "child_id,episode_no,removal_date,discharge_date,discharge_reason\n"
                + c + ",1," + TODAY.minusDays(100) + "," + TODAY.minusDays(120) + ",REUNIFICATION\n");
        files.put("placements", "child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                + c + ",1," + TODAY.minusDays(100) + ",,FOSTER_HOME,,28071\n"
                + c + ",1," + TODAY.minusDays(90) + ",,CASTLE,,99999\n");
        ApiClient.Reply refused = as("state.staff").postFiles("api/v1/imports/afcars", files);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        List<String> columns = refused.json().getJsonArray("rowErrors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("column")).toList();
        assertTrue(columns.containsAll(List.of("episodes.csv: discharge_date", "placements.csv: setting",
                "placements.csv: county_fips", "placements.csv: start_date")), columns.toString());

        files.put("episodes", "child_id,episode_no,removal_date,discharge_date,discharge_reason\n" + c + ",1,"
                + TODAY.minusDays(100) + ",,\n");
        files.put("placements", "child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                + c + ",1," + TODAY.minusDays(100) + ",,FOSTER_HOME,,28071\n");
        ApiClient.Reply corrected = as("state.staff").postFiles("api/v1/imports/afcars", files);
        assertEquals(201, corrected.status(), "nothing of the refused extract was written, so the child is new: " + corrected.body());
    }

    @Test
    void rowNumbersAreTheSpreadsheetsAndBadCsvNamesItsFileAndRow() throws Exception {
        Map<String, String> files = extract("\n" + "D" + RUN + ",1," + TODAY.minusDays(10) + ",,CASTLE,,28071\n");
        ApiClient.Reply checked = as("state.staff").postFiles("api/v1/imports/afcars?dryRun=true", files);
        assertEquals(200, checked.status(), checked.body());
        List<JsonObject> errors = checked.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(errors.stream().anyMatch(e -> e.getInt("row") == 6 && e.getString("column").equals("placements.csv: setting")),
                "header, three placements, an empty row, then the castle on row 6: " + checked.body());

        files = extract("");
        files.put("maltreatment", "child_id,report_date,substantiated,in_care\n\"B" + RUN + "\",\"" + TODAY.minusDays(30)
                + "\nY,Y\n");
        ApiClient.Reply refused = as("state.staff").postFiles("api/v1/imports/afcars", files);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonObject error = refused.json().getJsonArray("rowErrors").getJsonObject(0);
        assertEquals("maltreatment.csv", error.getString("column"), refused.body());
        assertEquals(2, error.getInt("row"), refused.body());
        assertEquals("row 2: a quoted field is never closed", error.getString("message"));
    }

    private static final LocalDate FROM = TODAY.minusYears(1).plusDays(1);

    /** One indicator's figures for a region over the last 12 months (explicit, so the window does not depend on a default). */
    private JsonObject indicator(ApiClient client, String id, String region) throws Exception {
        ApiClient.Reply reply = client.get("api/v1/reports/indicators?from=" + FROM + "&to=" + TODAY + "&region=" + region);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private List<String> drillDown(ApiClient client, String id, String region, String side) throws Exception {
        ApiClient.Reply reply = client.get("api/v1/reports/indicators/" + id + "?from=" + FROM + "&to=" + TODAY + "&region=" + region);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray(side).stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private static Map<String, String> formatTwo(String children, String episodes, String placements, String maltreatment) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("children", "state_child_id,date_of_birth,sex,home_county_fips,sibling_group_id,removal_county_fips\n" + children);
        files.put("episodes", "state_child_id,episode_no,removal_date,discharge_date,discharge_reason\n" + episodes);
        files.put("placements", "state_child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n" + placements);
        if (maltreatment != null) {
            files.put("maltreatment", "state_child_id,report_id,report_date,disposition,in_care\n" + maltreatment);
        }
        return files;
    }

    @Test
    void aFormatTwoExtractPutsItsChildrenIntoTheirRegionsCut() throws Exception {
        ApiClient state = as("state.staff");
        String p = "P" + RUN;
        String q = "Q" + RUN;
        long r4Before = indicator(state, "maltreatment-in-care", "R4").getJsonNumber("numerator").longValue();
        long r1Before = indicator(state, "maltreatment-in-care", "R1").getJsonNumber("numerator").longValue();

        // P's home county is Hinds (28049, region R4), Q's Lafayette (28071, region R1); brother and sister
        Map<String, String> files = formatTwo(
                p + "," + TODAY.minusYears(7) + ",F,28049,SG" + RUN + ",28049\n" + q + "," + TODAY.minusYears(9) + ",M,28071,SG" + RUN + ",\n",
                p + ",1," + TODAY.minusDays(100) + ",,\n" + q + ",1," + TODAY.minusDays(100) + ",,\n",
                p + ",1," + TODAY.minusDays(100) + ",,FOSTER_HOME,,28049\n" + q + ",1," + TODAY.minusDays(100) + ",,FOSTER_HOME,,28049\n",
                p + ",RP" + RUN + "," + TODAY.minusDays(30) + ",INDICATED,Y\n" + q + ",RQ" + RUN + "," + TODAY.minusDays(30)
                        + ",NOT_SUBSTANTIATED,Y\n");
        ApiClient.Reply written = state.postFiles("api/v1/imports/afcars", files);
        assertEquals(201, written.status(), written.body());
        assertEquals(2, written.json().getInt("format"));
        assertEquals(2, written.json().getJsonObject("changes").getInt("childrenAdded"), written.body());
        assertEquals(2, written.json().getJsonObject("changes").getInt("reportsAdded"), written.body());

        assertEquals(r4Before + 1, indicator(state, "maltreatment-in-care", "R4").getJsonNumber("numerator").longValue(),
                "P's indicated report in care counts in her home county's region");
        assertEquals(r1Before, indicator(state, "maltreatment-in-care", "R1").getJsonNumber("numerator").longValue(),
                "Q's report was not substantiated");
        assertTrue(drillDown(state, "maltreatment-in-care", "R4", "numerator").contains("afcars:" + p));
        assertTrue(drillDown(state, "placement-stability", "R1", "denominator").contains("afcars:" + q),
                "Q's days in care count in region R1");
        assertTrue(drillDown(state, "placement-stability", "R4", "denominator").stream().noneMatch(id -> id.equals("afcars:" + q)));
    }

    @Test
    void aReImportThatClosesAnEpisodeCountsThePermanencyItReports() throws Exception {
        ApiClient state = as("state.staff");
        String r = "R" + RUN;
        LocalDate removal = FROM.minusMonths(15);
        String child = r + "," + TODAY.minusYears(10) + ",F,28049,,28049\n";
        JsonObject before = indicator(state, "permanency-12m-in-care-12-23", "R4");

        ApiClient.Reply first = state.postFiles("api/v1/imports/afcars", formatTwo(child, r + ",1," + removal + ",,\n",
                r + ",1," + removal + ",,FOSTER_HOME,,28049\n", null));
        assertEquals(201, first.status(), first.body());
        JsonObject inCare = indicator(state, "permanency-12m-in-care-12-23", "R4");
        // R was in care 15 months on the period's first day: in the denominator, not (yet) in the numerator
        assertEquals(before.getJsonNumber("denominator").longValue() + 1, inCare.getJsonNumber("denominator").longValue());
        assertEquals(before.getJsonNumber("numerator").longValue(), inCare.getJsonNumber("numerator").longValue());

        LocalDate home = TODAY.minusDays(20);
        ApiClient.Reply again = state.postFiles("api/v1/imports/afcars", formatTwo(child,
                r + ",1," + removal + "," + home + ",REUNIFICATION\n", r + ",1," + removal + "," + home + ",FOSTER_HOME,,28049\n", null));
        assertEquals(201, again.status(), again.body());
        JsonObject changes = again.json().getJsonObject("changes");
        assertEquals(0, changes.getInt("childrenAdded"), again.body());
        assertEquals(1, changes.getInt("childrenUpdated"), again.body());
        assertEquals(1, changes.getInt("episodesClosed"), again.body());
        assertEquals(1, changes.getInt("placementsReplaced"), again.body());
        assertEquals(0, changes.getInt("placementsAdded"), again.body());

        JsonObject reunified = indicator(state, "permanency-12m-in-care-12-23", "R4");
        assertEquals(inCare.getJsonNumber("denominator").longValue(), reunified.getJsonNumber("denominator").longValue(),
                "the same child, not a second one");
        assertEquals(inCare.getJsonNumber("numerator").longValue() + 1, reunified.getJsonNumber("numerator").longValue(),
                "reunified within the period: permanent");
        assertTrue(drillDown(state, "permanency-12m-in-care-12-23", "R4", "numerator").contains("afcars:" + r));
    }

    @Test
    void aFormatTwoExtractWithABadRowWritesNothing() throws Exception {
        ApiClient state = as("state.staff");
        String s = "S" + RUN;
        String t = "T" + RUN;
        String episodes = s + ",1," + TODAY.minusDays(50) + ",,\n" + t + ",1," + TODAY.minusDays(50) + ",,\n";
        String placements = s + ",1," + TODAY.minusDays(50) + ",,KIN,,28049\n" + t + ",1," + TODAY.minusDays(50) + ",,KIN,,28049\n";
        Map<String, String> bad = formatTwo(s + "," + TODAY.minusYears(4) + ",F,28049,,\n" + t + "," + TODAY.minusYears(5) + ",M,99999,,\n",
                episodes, placements, s + ",," + TODAY.minusDays(10) + ",SUBSTANTIATED,Y\n");
        ApiClient.Reply refused = state.postFiles("api/v1/imports/afcars", bad);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        List<JsonObject> errors = refused.json().getJsonArray("rowErrors").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(errors.stream().anyMatch(e -> e.getString("column").equals("children.csv: home_county_fips") && e.getInt("row") == 3
                && e.getString("value").equals("99999")), refused.body());
        assertTrue(errors.stream().anyMatch(e -> e.getString("column").equals("maltreatment.csv: report_id") && e.getInt("row") == 2),
                refused.body());

        Map<String, String> good = formatTwo(s + "," + TODAY.minusYears(4) + ",F,28049,,\n" + t + "," + TODAY.minusYears(5) + ",M,28071,,\n",
                episodes, placements, s + ",RS" + RUN + "," + TODAY.minusDays(10) + ",SUBSTANTIATED,Y\n");
        ApiClient.Reply written = state.postFiles("api/v1/imports/afcars", good);
        assertEquals(201, written.status(), written.body());
        assertEquals(2, written.json().getJsonObject("changes").getInt("childrenAdded"),
                "nothing of the refused extract was stored, not even its valid child: " + written.body());
        assertEquals(1, written.json().getJsonObject("changes").getInt("reportsAdded"), written.body());
    }
}
