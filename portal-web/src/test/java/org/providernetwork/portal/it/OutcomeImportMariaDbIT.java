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

/** An AFCARS-style extract imported through the API on MariaDB: checked row by row, written whole or not at all. */
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
        assertEquals(422, again.status(), "the same children are not imported twice");
        assertTrue(again.body().contains("already imported"), again.body());
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
}
