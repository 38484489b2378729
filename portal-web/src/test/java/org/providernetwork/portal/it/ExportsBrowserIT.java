package org.providernetwork.portal.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.domain.shared.StateCalendar;
import org.providernetwork.portal.shell.Formats;
import org.providernetwork.portal.shell.Labels;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person downloads every export of every exported table in a real browser, and the files hold what the
 * API holds: the same rows (all of the filtered result, not one page), the screen's headers, words instead
 * of codes, and never unevaluated template text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsBrowserIT {

    private static Browser browser;
    private static Path downloads;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeAll
    static void openBrowser() throws Exception {
        downloads = Files.createTempDirectory("portal-downloads");
        browser = new Browser(downloads);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        try (Stream<Path> files = Files.walk(downloads)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A downloaded table: its header row and its data rows, each cell as text. */
    record Table(List<String> headers, List<List<String>> rows) {

        Map<String, List<String>> byFirstCell() {
            Map<String, List<String>> map = new LinkedHashMap<>();
            rows.forEach(r -> map.put(r.get(0), r));
            return map;
        }

        List<String> column(String header) {
            int index = headers.indexOf(header);
            assertTrue(index >= 0, "a column " + header + " in " + headers);
            return rows.stream().map(r -> r.get(index)).toList();
        }
    }

    @Test
    void referralsExportEveryReferralOfTheListInWords() throws Exception {
        ApiClient api = api("state.staff");
        Map<String, JsonObject> expected = new LinkedHashMap<>();
        String cursor = "";
        do {
            ApiClient.Reply reply = api.get("api/v1/referrals?size=200" + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
            assertEquals(200, reply.status(), reply.body());
            reply.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> expected.put(r.getString("number"), r));
            cursor = !reply.json().containsKey("next") || reply.json().isNull("next") ? "" : reply.json().getString("next");
        } while (!cursor.isEmpty());
        assertTrue(expected.size() > 25, "more referrals than one page holds: " + expected.size());
        Map<String, String> services = names(api, "api/v1/service-types", "code");
        Map<String, String> counties = names(api, "api/v1/counties", "fips");

        signIn("state.staff");
        open("referrals/referrals.xhtml", "referrals:list");
        List<String> headers = List.of("Number", "Status", "Urgency", "Service", "Home county", "Children", "Answer within", "Received");
        for (String button : List.of("referrals:exportCsv", "referrals:exportXlsx")) {
            Table table = download(button, "referrals");
            assertEquals(headers, table.headers(), button);
            assertEquals(expected.size(), table.rows().size(), button + ": every referral of the filtered list");
            Map<String, List<String>> rows = table.byFirstCell();
            for (JsonObject r : expected.values()) {
                String number = r.getString("number") + (r.getBoolean("escalated") ? " (escalated)" : "");
                List<String> row = rows.get(number);
                assertTrue(row != null, button + ": " + number);
                assertEquals(Labels.word(ReferralStatus.valueOf(r.getString("status"))), row.get(1), number);
                assertEquals(Labels.word(Urgency.valueOf(r.getString("urgency"))), row.get(2), number);
                assertEquals(services.get(r.getString("serviceTypeCode")), row.get(3), number);
                assertEquals(counties.get(r.getString("homeCountyFips")), row.get(4), number);
                assertEquals(String.valueOf(r.getInt("children")), row.get(5), number);
                assertEquals(time(r, "respondBy"), row.get(6), number);
                assertEquals(time(r, "createdAt"), row.get(7), number);
            }
        }
        String pdf = pdf("referrals:exportPdf", "referrals");
        headers.forEach(h -> assertTrue(pdf.contains(h.replace(" ", "")), "PDF header " + h));
        expected.keySet().forEach(number -> assertTrue(pdf.contains(number), "PDF row " + number));
    }

    @Test
    void offeringsExportEveryActiveOfferingWithItsNames() throws Exception {
        ApiClient api = api("state.staff");
        List<JsonObject> expected = new ArrayList<>();
        int page = 0;
        long total;
        do {
            ApiClient.Reply reply = api.get("api/v1/offerings?active=true&size=100&sort=name&page=" + page++);
            assertEquals(200, reply.status(), reply.body());
            expected.addAll(reply.json().getJsonArray("items").getValuesAs(JsonObject.class));
            total = reply.json().getJsonNumber("total").longValue();
        } while (expected.size() < total);
        assertTrue(total > 25, "more offerings than one page holds: " + total);

        signIn("state.staff");
        open("offerings/offerings.xhtml", "offerings:list");
        List<String> headers = List.of("Offering", "Provider", "Service", "County", "Ages", "Available", "Maximum", "Funded",
                "Contract", "Capacity updated");
        for (String button : List.of("offerings:exportCsv", "offerings:exportXlsx")) {
            Table table = download(button, "offerings");
            assertEquals(headers, table.headers(), button);
            assertEquals(total, table.rows().size(), button + ": every offering of the filtered list");
            Map<String, Integer> seen = new HashMap<>();
            table.rows().forEach(r -> seen.merge(String.join("|", r.subList(0, 2)), 1, Integer::sum));
            for (JsonObject o : expected) {
                String key = o.getString("name") + "|" + o.getString("providerName");
                assertTrue(seen.merge(key, -1, Integer::sum) >= 0, button + ": " + key);
            }
            List<String> row = table.rows().stream().filter(r -> r.get(0).equals(expected.get(0).getString("name"))
                    && r.get(1).equals(expected.get(0).getString("providerName"))).findFirst().orElseThrow();
            JsonObject o = expected.get(0);
            assertEquals(o.getString("serviceTypeName"), row.get(2));
            assertEquals(o.getString("countyName"), row.get(3));
            assertEquals(o.getInt("minAge") + "–" + o.getInt("maxAge"), row.get(4));
            assertEquals(String.valueOf(o.getInt("available")), row.get(5));
            assertEquals(String.valueOf(o.getInt("maximum")), row.get(6));
            assertEquals(o.getBoolean("contracted") ? "Covered" : "Not covered", row.get(8));
            assertEquals(time(o, "capacityUpdatedAt"), row.get(9));
        }
        String pdf = pdf("offerings:exportPdf", "offerings");
        headers.forEach(h -> assertTrue(pdf.contains(h.replace(" ", "")), "PDF header " + h + " in "
                + pdf.substring(0, Math.min(600, pdf.length()))));
        int rows = pdf.split("Notcovered", -1).length - 1 + pdf.split("Covered", -1).length - 1;
        assertEquals(total, rows, "PDF: one row per offering, each covered or not");
    }

    @Test
    void theOutcomesTableExportsItsFigures() throws Exception {
        JsonArray expected = api("state.staff").get("api/v1/reports/indicators").json().getJsonArray("indicators");
        signIn("state.staff");
        open("reports/indicators.xhtml", "indicators:table");
        List<String> headers = List.of("Indicator", "Cohort", "Value", "Numerator", "Denominator", "Better");
        for (String button : List.of("indicators:exportCsv", "indicators:exportXlsx")) {
            Table table = download(button, "indicators");
            assertEquals(headers, table.headers(), button);
            assertEquals(expected.size(), table.rows().size(), button);
            Map<String, List<String>> rows = table.byFirstCell();
            for (JsonObject v : expected.getValuesAs(JsonObject.class)) {
                List<String> row = rows.get(v.getString("label"));
                assertTrue(row != null, button + ": " + v.getString("label"));
                assertEquals(v.getString("cohort"), row.get(1), button + ": the cohort the figure follows");
                assertEquals(String.format(java.util.Locale.US, "%,d", v.getJsonNumber("numerator").longValue()), row.get(3));
                assertEquals(String.format(java.util.Locale.US, "%,d", v.getJsonNumber("denominator").longValue()), row.get(4));
                assertEquals(v.getBoolean("higherIsBetter") ? "Higher" : "Lower", row.get(5));
                if (v.isNull("value")) {
                    assertEquals("—", row.get(2));
                } else {
                    assertTrue(row.get(2).endsWith(" " + v.getString("unit")), row.get(2));
                    double value = Double.parseDouble(row.get(2).substring(0, row.get(2).indexOf(' ')).replace(",", ""));
                    assertEquals(v.getJsonNumber("value").doubleValue(), value, 0.051, v.getString("label"));
                }
            }
        }
        String pdf = pdf("indicators:exportPdf", "indicators");
        headers.forEach(h -> assertTrue(pdf.contains(h.replace(" ", "")), "PDF header " + h));

        // a calendar year chosen on the page: its period in words, and the export follows its cohorts
        int year = PortalDeployment.today().getYear() - 2;
        JsonObject calendar = api("state.staff").get("api/v1/reports/indicators?period=CY" + year).json();
        Widgets.choose(browser, "indicators:periodChoice", "Calendar year");
        // choosing through the widget's API is silent: the change a person makes fires the page's update
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById('indicators:periodChoice').triggerChange();");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators:calendarYear_label")));
        assertTrue(browser.driver.findElements(By.id("indicators:fiscalYear_label")).isEmpty(), "one year chooser at a time");
        Widgets.choose(browser, "indicators:calendarYear", "Calendar year " + year);
        browser.ajaxDone();
        browser.driver.findElement(By.id("indicators:show")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("periodShown"), calendar.getString("periodLabel")));
        Table chosen = download("indicators:exportCsv", "indicators");
        Map<String, List<String>> rows = chosen.byFirstCell();
        for (JsonObject v : calendar.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            assertEquals(v.getString("cohort"), rows.get(v.getString("label")).get(1), v.getString("id"));
            assertEquals(String.format(java.util.Locale.US, "%,d", v.getJsonNumber("denominator").longValue()),
                    rows.get(v.getString("label")).get(4), v.getString("id"));
        }
        assertEquals("Children entering care " + (year - 1) + "-01-01 to " + (year - 1) + "-12-31",
                rows.get(calendar.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                        .filter(v -> v.getString("id").equals("permanency-12m-entries")).findFirst().orElseThrow()
                        .getString("label")).get(1));
    }

    @Test
    void serviceGapsExportTheirCountiesServicesAndNeedsByName() throws Exception {
        ApiClient api = api("state.staff");
        JsonArray expected = api.get("api/v1/referrals/gaps").array();
        Map<String, String> services = names(api, "api/v1/service-types", "code");
        Map<String, String> needs = names(api, "api/v1/need-codes", "code");
        signIn("state.staff");
        open("referrals/gaps.xhtml", "gaps:rows");
        List<String> headers = List.of("County", "Region", "Service", "Need", "Referrals", "Waiting for a place", "Longest wait (days)");
        for (String button : List.of("gaps:exportCsv", "gaps:exportXlsx")) {
            Table table = download(button, "service-gaps");
            assertEquals(headers, table.headers(), button);
            assertEquals(expected.size(), table.rows().size(), button);
            List<String> rows = table.rows().stream().map(r -> String.join("|", r.get(0), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6))).toList();
            for (JsonObject g : expected.getValuesAs(JsonObject.class)) {
                String row = String.join("|", g.getString("countyName"), services.get(g.getString("serviceTypeCode")),
                        "(none)".equals(g.getString("needCode")) ? Labels.NO_NEED
                                : needs.getOrDefault(g.getString("needCode"), g.getString("needCode")),
                        String.valueOf(g.getJsonNumber("referrals").longValue()),
                        String.valueOf(g.getJsonNumber("waiting").longValue()),
                        String.valueOf(g.getJsonNumber("longestWaitDays").longValue()));
                assertTrue(rows.contains(row), button + ": " + row + " in " + rows);
            }
        }
        pdf("gaps:exportPdf", "service-gaps");
    }

    @Test
    void improvementPlansAndTheRegionReportExportTheirRows() throws Exception {
        ApiClient api = api("state.staff");
        JsonArray plans = api.get("api/v1/quality/plans").array();
        signIn("state.staff");
        open("quality/plans.xhtml", "plans:list");
        for (String button : List.of("plans:exportCsv", "plans:exportXlsx")) {
            Table table = download(button, "improvement-plans");
            assertEquals(List.of("Plan", "Region", "Status", "Goals (open)", "Overdue steps"), table.headers(), button);
            assertEquals(plans.size(), table.rows().size(), button);
            for (JsonObject p : plans.getValuesAs(JsonObject.class)) {
                assertTrue(table.column("Plan").contains(p.getString("title")), p.getString("title"));
            }
            table.column("Status").forEach(s -> assertTrue(s.equals("Open") || s.equals("Closed"), s));
        }
        pdf("plans:exportPdf", "improvement-plans");

        JsonObject report = api.get("api/v1/quality/reports/R1").json();
        open("quality/report.xhtml?region=R1", "report:components");
        Table components = download("report:exportCsv", "review-report-R1");
        assertEquals(List.of("Component", "Baseline", "Follow-up", "Change (points)"), components.headers());
        assertEquals(report.getJsonArray("components").size(), components.rows().size());
        Table cases = download("report:exportXlsx", "review-cases-R1");
        assertEquals(List.of("Case", "Cycle", "Service", "Urgency", "Provider", "Reviewer", "Overall"), cases.headers());
        assertEquals(report.getJsonArray("cases").size(), cases.rows().size(), "every reviewed case, not one page");
        for (JsonObject c : report.getJsonArray("cases").getValuesAs(JsonObject.class)) {
            assertTrue(cases.column("Case").contains(c.getString("referralNumber")), c.getString("referralNumber"));
        }
        cases.column("Urgency").forEach(u -> assertFalse(u.equals(u.toUpperCase(java.util.Locale.ROOT)) && !u.isEmpty(), u));
        pdf("report:exportPdf", "review-report-R1");
    }

    // ---------------------------------------------------------------------------------------------------

    private ApiClient api(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    private void signIn(String user) {
        browser.signIn(PortalDeployment.loopback(base), user, ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.urlContains("home.xhtml"));
    }

    private void open(String page, String table) {
        browser.driver.get(PortalDeployment.loopback(base) + page);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(table)));
    }

    private static Map<String, String> names(ApiClient api, String path, String key) throws Exception {
        Map<String, String> names = new HashMap<>();
        for (JsonValue value : api.get(path).array()) {
            JsonObject o = value.asJsonObject();
            names.put(o.getString(key), o.getString("name"));
        }
        return names;
    }

    private static String time(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field) ? ""
                : Formats.instant(Instant.parse(o.getString(field)), StateCalendar.DEFAULT_ZONE);
    }

    /** Presses an export button and reads the file the browser saved (CSV or Excel) as a table. */
    private Table download(String button, String fileName) throws Exception {
        boolean csv = button.endsWith("Csv");
        byte[] bytes = press(button, fileName + (csv ? ".csv" : ".xlsx"));
        Table table = csv ? csv(new String(bytes, StandardCharsets.UTF_8)) : xlsx(bytes);
        for (List<String> row : table.rows()) {
            for (String cell : row) {
                assertFalse(cell.contains("#{"), button + ": template text " + cell);
            }
        }
        return table;
    }

    /** Presses a PDF export and answers the document's text, with no template text in it. */
    private String pdf(String button, String fileName) throws Exception {
        byte[] bytes = press(button, fileName + ".pdf");
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII), button);
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        assertFalse(text.indexOf("#{") >= 0, button + ": template text in the PDF");
        assertFalse(text.toString().isBlank(), button);
        // a cell's words may wrap onto lines of their own: the text is compared without white space
        return text.toString().replaceAll("\\s+", "");
    }

    private byte[] press(String button, String file) throws Exception {
        try (Stream<Path> old = Files.list(downloads)) {
            old.forEach(p -> p.toFile().delete());
        }
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(button))).click();
        Path saved = downloads.resolve(file);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(Files.isRegularFile(saved) && Files.size(saved) > 0 && noPartialDownload())) {
            assertTrue(System.nanoTime() < deadline, "the browser saved " + file + ": " + listing());
            Thread.sleep(200);
        }
        Thread.sleep(200);
        byte[] bytes = Files.readAllBytes(saved);
        // kept beside the screenshots, for people reviewing a run
        Path kept = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it-work"), "downloads"));
        Files.write(kept.resolve(file), bytes);
        return bytes;
    }

    private static boolean noPartialDownload() throws Exception {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.noneMatch(p -> p.toString().endsWith(".crdownload"));
        }
    }

    private static String listing() throws Exception {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        }
    }

    static Table csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        records.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
        return new Table(records.get(0), records.subList(1, records.size()));
    }

    static Table xlsx(byte[] bytes) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.US);
            List<List<String>> records = new ArrayList<>();
            int width = sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                records.add(cells);
            }
            return new Table(records.get(0), records.subList(1, records.size()));
        }
    }
}
