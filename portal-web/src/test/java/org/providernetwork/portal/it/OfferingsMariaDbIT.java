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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offerings through the API on MariaDB: search, profile updates with If-Match, creation, and credential alerts (on
 * the lists, and told by the reminder sweep to the provider and its region's lead).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferingsMariaDbIT {

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

    private long organisationOf(String username) throws Exception {
        return as("state.staff").get("api/v1/accounts?name=" + username).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("username").equals(username)).findFirst()
                .orElseThrow().getJsonNumber("organisationId").longValue();
    }

    @Test
    void theSearchPagesFiltersAndSortsInTheDatabase() throws Exception {
        ApiClient.Reply page = as("state.staff").get("api/v1/offerings?size=10&serviceType=FOSTER&sort=-available");
        assertEquals(200, page.status(), page.body());
        JsonObject body = page.json();
        assertTrue(body.getInt("total") > 10, "the demo network has many foster care offerings");
        List<JsonObject> items = body.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(10, items.size());
        assertTrue(items.stream().allMatch(o -> o.getString("serviceTypeCode").equals("FOSTER")));
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).getInt("available") >= items.get(i).getInt("available"), "sorted by available, descending");
        }
        assertTrue(page.header("Link").contains("rel=\"next\""), page.header("Link"));
        int spanish = as("state.staff").get("api/v1/offerings?language=es&size=1").json().getInt("total");
        int all = as("state.staff").get("api/v1/offerings?size=1").json().getInt("total");
        assertTrue(spanish > 0 && spanish < all, spanish + " of " + all + " offerings work in Spanish");
        assertEquals(400, as("state.staff").get("api/v1/offerings?sort=secret").status(), "unknown sort keys are refused");
        long own = organisationOf("provider.admin");
        JsonObject ownList = as("provider.admin").get("api/v1/offerings?size=200").json();
        assertTrue(ownList.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(o -> o.getJsonNumber("providerId").longValue() == own), "a provider lists only its own offerings");
    }

    @Test
    void aProviderAdministratorUpdatesItsOfferingAgainstTheVersionItRead() throws Exception {
        long own = organisationOf("provider.admin");
        long id = as("provider.admin").get("api/v1/offerings?size=1&organization=" + own + "&sort=-name").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        ApiClient.Reply read = as("provider.admin").get("api/v1/offerings/" + id);
        assertEquals(200, read.status());
        String etag = read.header("ETag");
        JsonObject o = read.json();
        String expiry = PortalDeployment.today().plusDays(45).toString();
        String body = "{\"name\": \"" + o.getString("name") + "\", \"description\": \"Updated " + RUN + "\","
                + " \"locationCounty\": \"" + o.getString("locationCountyFips") + "\", \"servedCounties\": [],"
                + " \"needs\": [], \"minAge\": 0, \"maxAge\": 17, \"genders\": \"ANY\", \"maxSiblingGroup\": 4,"
                + " \"acceptsOutOfCounty\": true, \"languages\": [\"en\", \"es\", \"ase\"],"
                + " \"credentials\": [{\"kind\": \"LICENCE\", \"issuer\": \"State licensing unit\", \"identifier\": \"LIC-" + RUN
                + "\", \"expiresOn\": \"" + expiry + "\"}]}";
        assertEquals(428, as("provider.admin").put("api/v1/offerings/" + id, body, null).status(), "If-Match is required");
        ApiClient.Reply badLanguage = as("provider.admin").put("api/v1/offerings/" + id, body.replace("\"ase\"", "\"klingon\""), etag);
        assertEquals(400, badLanguage.status());
        assertTrue(badLanguage.contentType().startsWith("application/problem+json"));
        assertTrue(badLanguage.body().contains("klingon"), badLanguage.body());
        assertEquals(404, as("provider2.admin").put("api/v1/offerings/" + id, body, etag).status(), "not another provider's");
        assertEquals(403, as("lead.r1").put("api/v1/offerings/" + id, body, etag).status(), "a lead reads but does not edit");

        ApiClient.Reply saved = as("provider.admin").put("api/v1/offerings/" + id, body, etag);
        assertEquals(200, saved.status(), saved.body());
        assertNotEquals(etag, saved.header("ETag"));
        JsonObject after = saved.json();
        assertEquals("Updated " + RUN, after.getString("description"));
        assertEquals(3, after.getJsonArray("languages").size());
        assertEquals(4, after.getInt("maxSiblingGroup"));
        assertEquals("LIC-" + RUN, after.getJsonArray("credentials").getJsonObject(0).getString("identifier"));
        assertEquals(412, as("provider.admin").put("api/v1/offerings/" + id, body.replace("Updated", "Again"), etag).status(),
                "the second save on the old version is refused");
        assertEquals("Updated " + RUN, as("lead.r1").get("api/v1/offerings/" + id).json().getString("description"),
                "nothing of the refused save is written; the region's lead sees the change");

        List<String> alerts = as("lead.r1").get("api/v1/offerings/credentials/expiring?days=60").array().stream()
                .map(v -> v.asJsonObject().getString("identifier")).toList();
        assertTrue(alerts.contains("LIC-" + RUN), "the licence expiring in 45 days is on the lead's list");
        assertFalse(as("lead.r2").get("api/v1/offerings/credentials/expiring?days=60").array().stream()
                .anyMatch(v -> v.asJsonObject().getString("identifier").equals("LIC-" + RUN)), "but not another region's");
        assertTrue(PortalSession.signIn(URI.create(PortalDeployment.loopback(base)), "lead.r1").page("home.xhtml").body()
                .contains("LIC-" + RUN), "the lead's home page alerts it");
    }

    /** The offering as its provider would send it back, with its licences replaced by one expiring on {@code expiry}. */
    private static String withLicence(JsonObject o, LocalDate expiry, String identifier) {
        java.util.function.Function<String, String> codes = key -> o.getJsonArray(key).stream()
                .map(v -> "\"" + v.asJsonObject().getString("code") + "\"").collect(Collectors.joining(", ", "[", "]"));
        return "{\"name\": " + jakarta.json.Json.createValue(o.getString("name")) + ", \"description\": "
                + (o.isNull("description") ? "null" : jakarta.json.Json.createValue(o.getString("description")).toString())
                + ", \"locationCounty\": \"" + o.getString("locationCountyFips") + "\", \"servedCounties\": " + codes.apply("servedCounties")
                + ", \"needs\": " + codes.apply("needs") + ", \"minAge\": " + o.getInt("minAge") + ", \"maxAge\": " + o.getInt("maxAge")
                + ", \"genders\": \"" + o.getString("genders") + "\", \"maxSiblingGroup\": " + o.getInt("maxSiblingGroup")
                + ", \"acceptsOutOfCounty\": " + o.getBoolean("acceptsOutOfCounty") + ", \"languages\": " + codes.apply("languages")
                + ", \"credentials\": [{\"kind\": \"LICENCE\", \"issuer\": \"State licensing unit\", \"identifier\": \""
                + identifier + "\", \"expiresOn\": \"" + expiry + "\"}]}";
    }

    /** Gives the first offering of {@code username}'s organisation a licence expiring in 45 days. */
    private void licenceIn45Days(String username, String identifier) throws Exception {
        long own = organisationOf(username);
        long id = as(username).get("api/v1/offerings?size=1&organization=" + own + "&sort=name").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        ApiClient.Reply read = as(username).get("api/v1/offerings/" + id);
        assertEquals(200, read.status(), read.body());
        ApiClient.Reply saved = as(username).put("api/v1/offerings/" + id,
                withLicence(read.json(), PortalDeployment.today().plusDays(45), identifier), read.header("ETag"));
        assertEquals(200, saved.status(), saved.body());
    }

    /**
     * The organisations told of the licence {@code identifier} by the reminder sweep, one entry per event recorded:
     * waits for the sweep (every minute) to record it.
     */
    private static List<Set<Long>> toldOfLicence(String identifier) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            List<Set<Long>> events = new ArrayList<>();
            try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                    System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                 PreparedStatement query = db.prepareStatement("SELECT e.id, e.dedupe_key, d.organisation_id FROM notification_event e"
                         + " LEFT JOIN notification_delivery d ON d.event_id = e.id WHERE e.event_type = 'LICENCE_EXPIRING'"
                         + " AND e.record_label = ? ORDER BY e.id")) {
                query.setString(1, identifier);
                try (ResultSet rows = query.executeQuery()) {
                    String event = null;
                    while (rows.next()) {
                        if (!rows.getString(1).equals(event)) {
                            event = rows.getString(1);
                            assertTrue(rows.getString(2).startsWith("LICENCE_EXPIRING:") && rows.getString(2).endsWith(":60"),
                                    "45 days ahead: the 60-day mark, " + rows.getString(2));
                            events.add(new TreeSet<>());
                        }
                        long organisation = rows.getLong(3);
                        if (!rows.wasNull()) {
                            events.get(events.size() - 1).add(organisation);
                        }
                    }
                }
            }
            if (!events.isEmpty() || Instant.now().isAfter(deadline)) {
                return events;
            }
            TimeUnit.SECONDS.sleep(2);
        }
    }

    @Test
    void aLicenceAboutToExpireIsToldToItsProviderAndTheLeadOfItsRegionOnce() throws Exception {
        long provider = organisationOf("provider.admin");
        long lead = organisationOf("lead.r1");
        long otherLead = organisationOf("lead.r2");
        long statewide = organisationOf("statewide.admin");
        JsonObject profile = as("state.staff").get("api/v1/organizations/" + provider).json();
        Set<String> regions = profile.getJsonArray("regions").stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .collect(Collectors.toSet());
        Set<Long> leadsOfItsRegions = as("state.staff").get("api/v1/organizations?type=LEAD_CONTRACTOR&size=100").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getBoolean("active") && o.get("leadRegion") instanceof jakarta.json.JsonString r && regions.contains(r.getString()))
                .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(leadsOfItsRegions.contains(lead), "provider.admin's organisation is a local provider of lead.r1's region");
        assertFalse(leadsOfItsRegions.contains(otherLead), "and not of lead.r2's");

        licenceIn45Days("provider.admin", "LIC-LEAD-" + RUN);
        licenceIn45Days("statewide.admin", "LIC-STATE-" + RUN);

        List<Set<Long>> local = toldOfLicence("LIC-LEAD-" + RUN);
        assertEquals(1, local.size(), "one event for the 60-day mark, however many sweeps ran: " + local);
        Set<Long> expected = new TreeSet<>(leadsOfItsRegions);
        expected.add(provider);
        assertEquals(expected, local.get(0), "the provider and the lead of each region it serves, no one else");

        List<Set<Long>> wide = toldOfLicence("LIC-STATE-" + RUN);
        assertEquals(1, wide.size(), wide.toString());
        assertEquals(Set.of(statewide), wide.get(0), "a statewide provider has no lead to tell");
    }

    @Test
    void aNewOfferingIsCoveredOnlyWhereAnActiveContractBuysItsService() throws Exception {
        long own = organisationOf("provider.admin");
        JsonObject existing = as("provider.admin").get("api/v1/offerings?size=1&organization=" + own).json()
                .getJsonArray("items").getJsonObject(0);
        String covered = "{\"providerId\": " + own + ", \"offering\": {\"serviceType\": \"" + existing.getString("serviceTypeCode")
                + "\", \"name\": \"Second site " + RUN + "\", \"locationCounty\": \"" + existing.getString("countyFips")
                + "\", \"minAge\": 0, \"maxAge\": 17, \"maxSiblingGroup\": 2}}";
        ApiClient.Reply created = as("provider.admin").post("api/v1/offerings", covered);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/offerings/" + created.json().getJsonNumber("id")));
        assertTrue(created.json().getBoolean("contracted"), "its subcontract buys this service in this county");
        assertEquals(List.of("en"), created.json().getJsonArray("languages").stream()
                .map(v -> v.asJsonObject().getString("code")).toList(), "English unless stated");

        String uncovered = covered.replace("\"serviceType\": \"" + existing.getString("serviceTypeCode") + "\"", "\"serviceType\": \"PRTF\"")
                .replace("Second site", "Unfunded site");
        ApiClient.Reply outside = as("provider.admin").post("api/v1/offerings", uncovered);
        assertEquals(201, outside.status(), outside.body());
        assertFalse(outside.json().getBoolean("contracted"), "no contract buys this service from the provider");

        long other = organisationOf("provider2.admin");
        assertEquals(404, as("provider.admin").post("api/v1/offerings", covered.replace("\"providerId\": " + own,
                "\"providerId\": " + other)).status(), "not for another provider");
        ApiClient.Reply invalid = as("provider.admin").post("api/v1/offerings", covered.replace("\"maxSiblingGroup\": 2", "\"maxSiblingGroup\": 0"));
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("maxSiblingGroup"), invalid.body());
    }
}
