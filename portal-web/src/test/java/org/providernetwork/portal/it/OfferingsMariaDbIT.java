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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offerings through the API on MariaDB: search, profile updates with If-Match, creation, and credential alerts. */
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
