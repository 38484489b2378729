package org.providernetwork.portal.it;

import jakarta.json.JsonArray;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk import through the API on MariaDB: a valid file is written whole, an invalid one not at all, a
 * failure half-way through rolls everything back, a dry run writes nothing, and tenancy holds.
 * Shares the database with the other tests: names carry this run's suffix, counts are compared before
 * and after, and no lead contractor is created.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkImportMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final String HEADER = "record,provider,provider_id,type,county,regions,offering,offering_id,service_type,"
            + "served_counties,need_codes,min_age,max_age,genders,languages,out_of_county,available,maximum,waitlist\n";

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

    private ApiClient.Reply upload(String user, String csv, boolean dryRun) throws Exception {
        return as(user).post("api/v1/imports" + (dryRun ? "?dryRun=true" : ""), csv, "text/csv; charset=UTF-8", null);
    }

    private String county(String region) throws Exception {
        return as("state.staff").get("api/v1/counties?region=" + region).array().getJsonObject(0).getString("fips");
    }

    private long organisationOf(String username) throws Exception {
        return as("state.staff").get("api/v1/accounts?name=" + username).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("username").equals(username)).findFirst()
                .orElseThrow().getJsonNumber("organisationId").longValue();
    }

    private JsonArray organisationsNamed(String name) throws Exception {
        return as("state.staff").get("api/v1/organizations?size=200&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json().getJsonArray("items");
    }

    private long totalOrganisations() throws Exception {
        return as("state.staff").get("api/v1/organizations?size=1").json().getJsonNumber("total").longValue();
    }

    private JsonArray capacityOf(long organisation) throws Exception {
        return as("state.staff").get("api/v1/capacity?organization=" + organisation).array();
    }

    private static boolean hasRowError(JsonObject problem, int row, String column) {
        return problem.getJsonArray("rowErrors").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getInt("row") == row && e.getString("column").equals(column));
    }

    /** The CSV's rows as a workbook's first sheet, every value a text cell. */
    private static byte[] xlsx(String csv) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("import");
            String[] lines = csv.split("\n");
            for (int r = 0; r < lines.length; r++) {
                String[] fields = lines[r].split(",", -1);
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < fields.length; c++) {
                    row.createCell(c).setCellValue(fields[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExcelWorkbookIsCheckedLikeTheCsvWithTheSheetsRowNumbers() throws Exception {
        String r1 = county("R1");
        String name = "Sheet Homes " + RUN;
        String sheet = HEADER
                + "organisation," + name + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "offering," + name + ",,," + r1 + ",,Foster care " + RUN + ",,FOSTER,,,0,17,ANY,en,no,,,\n";
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        ApiClient.Reply valid = as("state.staff").postBytes("api/v1/imports?dryRun=true", xlsx(sheet), type);
        assertEquals(200, valid.status(), valid.body());
        assertTrue(valid.json().getBoolean("valid"), valid.body());
        ApiClient.Reply invalid = as("state.staff").postBytes("api/v1/imports?dryRun=true",
                xlsx(sheet + "offering," + name + ",,," + r1 + ",,Unknown " + RUN + ",,NO-SUCH-SERVICE,,,0,17,ANY,en,no,,,\n"), type);
        assertEquals(200, invalid.status(), invalid.body());
        assertFalse(invalid.json().getBoolean("valid"));
        assertTrue(invalid.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getInt("row") == 4 && e.getString("column").equals("service_type")),
                "the error names the sheet's row 4: " + invalid.body());
        assertEquals(0, organisationsNamed(name).size(), "a dry run writes nothing");
    }

    @Test
    void aValidFileImportsOrganisationsOfferingsAndCapacityVisibleThroughTheApi() throws Exception {
        String r1 = county("R1");
        String name = "Import Homes " + RUN;
        String csv = HEADER
                + "organisation," + name + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "offering," + name + ",,," + r1 + ",,Foster care " + RUN + ",,FOSTER,,MENTAL-HEALTH,0,17,ANY,en;es,no,,,\n"
                + "offering," + name + ",,," + r1 + ",,\"Family support, in home " + RUN + "\",,IN-HOME,,,0,21,,,yes,,,\n"
                + "capacity," + name + ",,,,,Foster care " + RUN + ",,,,,,,,,,4,10,2\n";
        long before = totalOrganisations();

        ApiClient.Reply reply = upload("state.staff", csv, false);
        assertEquals(201, reply.status(), reply.body());
        assertEquals(1, reply.json().getInt("organisationsCreated"));
        assertEquals(2, reply.json().getInt("offeringsCreated"));
        assertEquals(1, reply.json().getInt("capacitiesDeclared"));
        assertEquals(before + 1, totalOrganisations());

        JsonArray found = organisationsNamed(name);
        assertEquals(1, found.size(), found.toString());
        JsonObject organisation = found.getJsonObject(0);
        assertEquals("LOCAL_PROVIDER", organisation.getString("type"));
        long id = organisation.getJsonNumber("id").longValue();
        JsonArray capacity = capacityOf(id);
        assertEquals(2, capacity.size(), capacity.toString());
        JsonObject foster = capacity.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("offeringName").equals("Foster care " + RUN)).findFirst().orElseThrow();
        assertEquals(4, foster.getInt("available"));
        assertEquals(10, foster.getInt("maximum"));
        assertEquals(0, foster.getInt("waitlist"), "the file's waitlist is ignored: the waitlist counts waiting referrals");
        assertEquals("state.staff", foster.getString("updatedBy"));
        JsonObject inHome = capacity.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("offeringName").equals("Family support, in home " + RUN)).findFirst().orElseThrow();
        assertEquals(0, inHome.getInt("maximum"), "an offering without a capacity row starts with no places");

        ApiClient.Reply again = upload("state.staff", csv, false);
        assertEquals(422, again.status(), "the same file twice: the organisation exists now");
        assertTrue(hasRowError(again.json(), 2, "provider"), again.body());
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndTheReportNamesTheRowAndColumn() throws Exception {
        String r1 = county("R1");
        String good = "Good Neighbours " + RUN;
        String csv = HEADER
                + "organisation," + good + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "offering," + good + ",,," + r1 + ",,Foster " + RUN + ",,FOSTER,,,0,17,,,,,,\n"
                + "offering," + good + ",,," + r1 + ",,Unknown service " + RUN + ",,TELEPORTATION,,,0,17,,,,,,\n"
                + "capacity," + good + ",,,,,Foster " + RUN + ",,,,,,,,,,1,3,\n";
        long before = totalOrganisations();

        ApiClient.Reply reply = upload("state.staff", csv, false);
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(1, problem.getJsonArray("rowErrors").size(), reply.body());
        assertTrue(hasRowError(problem, 4, "service_type"), reply.body());
        assertEquals("TELEPORTATION", problem.getJsonArray("rowErrors").getJsonObject(0).getString("value"));
        assertEquals(before, totalOrganisations(), "nothing written");
        assertEquals(0, organisationsNamed(good).size());
    }

    @Test
    void rowNumbersAreTheSpreadsheetsAndBadCsvNamesItsRow() throws Exception {
        String r1 = county("R1");
        String name = "Quoted Lines " + RUN;
        // row 2 holds a cell with a line break (one spreadsheet row over two text lines); row 3 is empty
        String csv = HEADER
                + "organisation,\"" + name + "\",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "offering,\"" + name + "\",,," + r1 + ",,\"Foster care\nin the north " + RUN + "\",,FOSTER,,,0,17,,,,,,\n"
                + "\n"
                + "offering,\"" + name + "\",,," + r1 + ",,Unknown " + RUN + ",,TELEPORTATION,,,0,17,,,,,,\n";
        ApiClient.Reply reply = upload("state.staff", csv, true);
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> errors = reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(errors.stream().anyMatch(e -> e.getInt("row") == 5 && e.getString("column").equals("service_type")),
                "the fifth spreadsheet row, though the sixth line of text: " + reply.body());
        assertTrue(errors.stream().noneMatch(e -> e.getInt("row") == 6), reply.body());

        ApiClient.Reply open = upload("state.staff", csv + "offering,\"" + name + ",,," + r1 + ",,Open quote,,FOSTER,,,0,17,,,,,,\n"
                + "capacity," + name + ",,,,,Foster care,,,,,,,,,,1,3,\n", false);
        assertEquals(422, open.status(), open.body());
        assertTrue(open.contentType().startsWith("application/problem+json"), open.contentType());
        JsonObject error = open.json().getJsonArray("rowErrors").getJsonObject(0);
        assertEquals(6, error.getInt("row"), open.body());
        assertEquals("file", error.getString("column"));
        assertTrue(error.getString("message").contains("row 6: a quoted field is never closed"), open.body());
        assertEquals(0, organisationsNamed(name).size(), "nothing written");
    }

    @Test
    void aFailureHalfWayThroughRollsEverythingBack() throws Exception {
        String r1 = county("R1");
        long provider = organisationOf("provider.admin");
        JsonObject existing = capacityOf(provider).getJsonObject(0);
        long offering = existing.getJsonNumber("offeringId").longValue();
        String name = "Half Way Homes " + RUN;
        String csv = HEADER
                + "organisation," + name + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "offering," + name + ",,," + r1 + ",,Foster " + RUN + ",,FOSTER,,,0,17,,,,,,\n"
                + "capacity," + name + ",,,,,Foster " + RUN + ",,,,,,,,,,1,3,\n"
                + "capacity,,,,,,," + offering + ",,,,,,,,,0,"
                + Math.max(existing.getInt("maximum"), existing.getInt("reserved")) + ",7\n";
        long before = totalOrganisations();

        // someone else declares that offering's capacity meanwhile: the import writes its first rows, then
        // waits for that row, and finds it changed when the other transaction commits
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"))) {
            db.setAutoCommit(false);
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE offering_capacity SET version = version + 1 WHERE offering_id = ?")) {
                update.setLong(1, offering);
                assertEquals(1, update.executeUpdate());
            }
            CompletableFuture<ApiClient.Reply> reply = CompletableFuture.supplyAsync(() -> {
                try {
                    return upload("state.staff", csv, false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            waitForALockWait(reply);
            assertEquals(1, organisationsInFlight(db, name), "the import has written its organisation, uncommitted");
            db.commit();
            ApiClient.Reply answer = reply.get(60, TimeUnit.SECONDS);
            assertEquals(409, answer.status(), answer.body());
        }
        assertEquals(before, totalOrganisations(), "the organisation written before the failure is rolled back");
        assertEquals(0, organisationsNamed(name).size());
        JsonObject after = capacityOf(provider).stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("offeringId").longValue() == offering).findFirst().orElseThrow();
        assertEquals(existing.getInt("waitlist"), after.getInt("waitlist"), "the existing capacity is unchanged");
        assertEquals(existing.getJsonNumber("version").longValue() + 1, after.getJsonNumber("version").longValue());
    }

    /** Waits until a transaction of this run's database waits for a row lock (the import's, on the locked row). */
    private static void waitForALockWait(CompletableFuture<ApiClient.Reply> reply) throws Exception {
        try (Connection watcher = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"))) {
            for (int i = 0; i < 300; i++) {
                if (reply.isDone()) {
                    throw new AssertionError("the import ended before reaching the locked row: " + reply.get().body());
                }
                try (PreparedStatement waiting = watcher.prepareStatement("SELECT COUNT(*) FROM information_schema.innodb_trx t"
                        + " JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id"
                        + " WHERE t.trx_state = 'LOCK WAIT' AND p.db = ?")) {
                    waiting.setString(1, System.getProperty("it.db.name"));
                    try (ResultSet rs = waiting.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            return;
                        }
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the import never waited for the locked row");
    }

    /** Organisations of that name any transaction has written, committed or not (read uncommitted). */
    private static int organisationsInFlight(Connection db, String name) throws Exception {
        try (Connection dirty = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"))) {
            dirty.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement count = dirty.prepareStatement("SELECT COUNT(*) FROM organisation WHERE name = ?")) {
                count.setString(1, name);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
    }

    @Test
    void aLeadImportingOutsideItsRegionIsRefusedAndOthersMayNotImport() throws Exception {
        String r1 = county("R1");
        String r2 = county("R2");
        long otherRegionProvider = organisationOf("provider2.admin");
        String mine = "Lead One Local " + RUN;
        String csv = HEADER
                + "organisation," + mine + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "organisation,Lead One Elsewhere " + RUN + ",,LOCAL_PROVIDER," + r2 + ",,,,,,,,,,,,,,\n"
                + "offering,," + otherRegionProvider + ",," + r2 + ",,Foster " + RUN + ",,FOSTER,,,0,17,,,,,,\n";
        long before = totalOrganisations();

        ApiClient.Reply reply = upload("lead.r1", csv, false);
        assertEquals(422, reply.status(), reply.body());
        assertTrue(hasRowError(reply.json(), 3, "regions"), reply.body());
        assertTrue(hasRowError(reply.json(), 4, "provider_id"), reply.body());
        assertEquals(before, totalOrganisations());

        ApiClient.Reply own = upload("lead.r1", HEADER + "organisation," + mine + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "offering," + mine + ",,," + r1 + ",,Foster " + RUN + ",,FOSTER,,,0,17,,,,,,\n", false);
        assertEquals(201, own.status(), "its own region is fine: " + own.body());
        assertEquals("R1", organisationsNamed(mine).getJsonObject(0).getJsonArray("regions").getString(0));

        ApiClient.Reply provider = upload("provider.admin", HEADER + "organisation,Provider Made " + RUN
                + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n", false);
        assertEquals(422, provider.status(), "a provider registers no organisations");
        assertEquals(403, upload("provider.staff", HEADER, true).status(), "provider staff may not import");
        assertEquals(403, upload("cqi.reviewer", HEADER, true).status());
    }

    @Test
    void aDryRunReportsAndWritesNothing() throws Exception {
        String r1 = county("R1");
        String name = "Dry Run Homes " + RUN;
        String csv = HEADER + "organisation," + name + ",,LOCAL_PROVIDER," + r1 + ",,,,,,,,,,,,,,\n"
                + "offering," + name + ",,," + r1 + ",,Foster " + RUN + ",,FOSTER,,,0,17,,,,,,\n";
        long before = totalOrganisations();
        ApiClient.Reply reply = upload("state.staff", csv, true);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("valid"));
        assertEquals(2, reply.json().getInt("rows"));
        assertEquals(0, reply.json().getJsonArray("errors").size());
        assertEquals(before, totalOrganisations());
        assertEquals(0, organisationsNamed(name).size());

        ApiClient.Reply invalid = upload("state.staff", csv.replace("FOSTER", "NOPE"), true);
        assertEquals(200, invalid.status());
        assertTrue(!invalid.json().getBoolean("valid"));
        assertEquals(3, invalid.json().getJsonArray("errors").getJsonObject(0).getInt("row"));
    }

    @Test
    void theImportPageIsThereForThoseWhoMayImport() throws Exception {
        var page = PortalSession.signIn(portal(), "state.staff").page("imports/import.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Choose a CSV file") && page.body().contains("nav:bulkImport"), page.body());
        assertTrue(PortalSession.signIn(portal(), "lead.r1").page("home.xhtml").body().contains("nav:bulkImport"));
        assertTrue(!PortalSession.signIn(portal(), "provider.staff").page("home.xhtml").body().contains("nav:bulkImport"));
        assertEquals(403, PortalSession.signIn(portal(), "provider.staff").page("imports/import.xhtml").statusCode());
    }

    /** 2,000 rows: 100 organisations, 950 offerings, 950 capacity declarations. Records the time taken. */
    @Test
    void twoThousandRowsImportInOneGo() throws Exception {
        List<String> r1 = new ArrayList<>();
        as("state.staff").get("api/v1/counties?region=R1").array().forEach(c -> r1.add(c.asJsonObject().getString("fips")));
        StringBuilder csv = new StringBuilder(HEADER);
        StringBuilder capacity = new StringBuilder();
        int offerings = 0;
        for (int o = 0; o < 100; o++) {
            String name = "Bulk " + RUN + " Provider " + o;
            String county = r1.get(o % r1.size());
            csv.append("organisation,").append(name).append(",,LOCAL_PROVIDER,").append(county).append(",,,,,,,,,,,,,,\n");
            int count = o < 50 ? 10 : 9;
            for (int s = 0; s < count; s++) {
                String offering = "Service " + s;
                csv.append("offering,").append(name).append(",,,").append(county).append(",,").append(offering)
                        .append(",,").append(s % 2 == 0 ? "FOSTER" : "IN-HOME").append(",").append(r1.get((o + s) % r1.size()))
                        .append(",,0,17,,en,no,,,\n");
                capacity.append("capacity,").append(name).append(",,,,,").append(offering).append(",,,,,,,,,,")
                        .append(s).append(",").append(10 + s).append(",0\n");
                offerings++;
            }
        }
        csv.append(capacity);
        assertEquals(950, offerings);
        long before = totalOrganisations();

        long validateStart = System.nanoTime();
        ApiClient.Reply dry = upload("state.staff", csv.toString(), true);
        long validateMillis = (System.nanoTime() - validateStart) / 1_000_000;
        assertEquals(200, dry.status(), dry.body());
        assertTrue(dry.json().getBoolean("valid"), dry.body());
        assertEquals(2000, dry.json().getInt("rows"));

        long start = System.nanoTime();
        ApiClient.Reply reply = upload("state.staff", csv.toString(), false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(201, reply.status(), reply.body());
        assertEquals(950, reply.json().getInt("offeringsCreated"));
        assertEquals(before + 100, totalOrganisations());
        long last = organisationsNamed("Bulk " + RUN + " Provider 99").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(9, capacityOf(last).size());

        record("2000 rows (100 organisations, 950 offerings, 950 capacity): dry run " + validateMillis + " ms, import "
                + millis + " ms over HTTP, of which the service reports " + reply.json().getJsonNumber("millis") + " ms");
    }

    private static void record(String line) {
        System.out.println("[bulk import] " + line);
        try {
            Path file = Path.of("target", "bulk-import-timing.txt");
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
