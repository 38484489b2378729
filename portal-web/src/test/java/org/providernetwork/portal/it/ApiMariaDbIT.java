package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API of the real war on Payara Micro, against this run's fresh MariaDB database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiMariaDbIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) throws Exception {
        return ApiClient.as(java.net.URI.create(PortalDeployment.loopback(base)), user);
    }

    @Test
    void theDatabaseIsMariaDbAndReady() throws Exception {
        ApiClient.Reply ready = ApiClient.anonymous(java.net.URI.create(PortalDeployment.loopback(base))).get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject check = ready.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("UP", check.getString("status"));
        assertTrue(check.getJsonObject("data").getString("database").matches("(?i)mysql|mariadb"), check.toString());
        assertEquals("24", check.getJsonObject("data").getString("schemaVersion"));
    }

    @Test
    void referenceDataComesFromTheShippedFiles() throws Exception {
        ApiClient api = as("provider.staff");
        assertEquals(7, api.get("api/v1/regions").array().size());
        assertEquals(82, api.get("api/v1/counties").array().size());
        var region1 = api.get("api/v1/counties?region=R1").array();
        assertEquals(10, region1.size());
        region1.forEach(c -> assertEquals("R1", c.asJsonObject().getString("regionCode")));
        JsonObject lee = api.get("api/v1/counties/28081").json();
        assertEquals("Lee", lee.getString("name"));
        assertEquals(404, api.get("api/v1/counties/28999").status());
        assertEquals(404, api.get("api/v1/counties?region=R99").status());
        assertTrue(api.get("api/v1/service-types").array().size() >= 17);
        assertTrue(api.get("api/v1/need-codes").array().size() >= 6);
    }

    @Test
    void organisationsArePagedFilteredAndSortedByTheDatabase() throws Exception {
        ApiClient api = as("lead.r2");
        JsonObject first = api.get("api/v1/organizations?size=10").json();
        int total = first.getInt("total");
        assertTrue(total >= 108, "state agency, 7 leads and 100 demo providers (and what other tests add)");
        assertEquals(10, first.getJsonArray("items").size());
        assertEquals((total + 9) / 10, first.getInt("totalPages"));
        Set<Long> seen = new HashSet<>();
        String previous = "";
        for (int page = 0; page < first.getInt("totalPages"); page++) {
            JsonObject reply = api.get("api/v1/organizations?size=10&page=" + page).json();
            for (var item : reply.getJsonArray("items")) {
                JsonObject org = item.asJsonObject();
                assertTrue(seen.add(org.getJsonNumber("id").longValue()), "no organisation twice");
                String name = org.getString("name").toLowerCase();
                assertTrue(previous.compareTo(name) <= 0, previous + " before " + name);
                previous = name;
            }
        }
        assertEquals(total, seen.size());
        assertEquals(1, api.get("api/v1/organizations?type=STATE_AGENCY").json().getInt("total"));

        ApiClient.Reply leads = api.get("api/v1/organizations?type=LEAD_CONTRACTOR&size=50&sort=-name");
        assertEquals(7, leads.json().getInt("total"));
        List<String> names = leads.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("name")).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(), names);

        JsonObject region3 = api.get("api/v1/organizations?region=R3&type=LOCAL_PROVIDER&size=200").json();
        assertTrue(region3.getInt("total") >= 2);
        region3.getJsonArray("items").forEach(o -> assertTrue(o.asJsonObject().getJsonArray("regions").toString().contains("R3")));

        JsonObject named = api.get("api/v1/organizations?name=FAMILY%20PARTNERSHIP").json();
        assertEquals(7, named.getInt("total"), "every lead is a '... Family Partnership'");

        ApiClient.Reply paged = api.get("api/v1/organizations?size=10&page=1");
        assertTrue(paged.header("Link").contains("rel=\"next\"") && paged.header("Link").contains("rel=\"prev\""));
    }

    @Test
    void anOrganisationShowsItsOfferings() throws Exception {
        ApiClient api = as("state.staff");
        JsonObject list = api.get("api/v1/organizations?type=STATEWIDE_PROVIDER&size=1").json();
        long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject org = api.get("api/v1/organizations/" + id).json();
        assertEquals("STATEWIDE_PROVIDER", org.getString("type"));
        assertFalse(org.getJsonArray("offerings").isEmpty());
        assertEquals(82, org.getJsonArray("offerings").getJsonObject(0).getInt("countiesServed"));

        ApiClient.Reply missing = api.get("api/v1/organizations/999999");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertEquals(404, missing.json().getInt("status"));
    }

    @Test
    void stateStaffRegisterAnOrganisationAnd201NamesIt() throws Exception {
        ApiClient api = as("state.staff");
        ApiClient.Reply created = api.post("api/v1/organizations", """
                {"name": "Tupelo Youth Harbor", "type": "LOCAL_PROVIDER", "headquartersCountyFips": "28081",
                 "city": "Tupelo", "email": "intake@tupelo-youth.example.org"}""");
        assertEquals(201, created.status(), created.body());
        String location = created.header("Location");
        assertNotNull(location);
        JsonObject org = ApiClient.as(java.net.URI.create(PortalDeployment.loopback(base)), "provider.staff").get(location).json();
        assertEquals("Tupelo Youth Harbor", org.getString("name"));
        assertEquals("[\"R2\"]", org.getJsonArray("regions").toString(), "Lee County is in region 2");
        assertEquals("28081", org.getJsonObject("headquartersCounty").getString("fips"));
    }

    @Test
    void aDuplicateNameIsAConflictAndWritesNothing() throws Exception {
        ApiClient api = as("state.staff");
        int before = api.get("api/v1/organizations?size=1").json().getInt("total");
        String existing = api.get("api/v1/organizations?type=LEAD_CONTRACTOR&size=1").json()
                .getJsonArray("items").getJsonObject(0).getString("name");
        ApiClient.Reply duplicate = api.post("api/v1/organizations",
                "{\"name\": \"  " + existing.toUpperCase() + " \", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"28001\"}");
        assertEquals(409, duplicate.status(), duplicate.body());
        assertTrue(duplicate.contentType().startsWith("application/problem+json"));
        assertEquals("name", duplicate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(duplicate.json().getString("detail").contains("already exists"));
        assertEquals(before, api.get("api/v1/organizations?size=1").json().getInt("total"));
    }

    @Test
    void anUnknownCountyIsInvalidAndWritesNothing() throws Exception {
        ApiClient api = as("state.staff");
        int before = api.get("api/v1/organizations?size=1").json().getInt("total");
        ApiClient.Reply unknown = api.post("api/v1/organizations",
                "{\"name\": \"Nowhere County Services\", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"28999\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        JsonObject error = unknown.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("headquartersCountyFips", error.getString("field"));
        assertTrue(error.getString("message").contains("28999"));
        ApiClient.Reply malformed = api.post("api/v1/organizations",
                "{\"name\": \"Bad Code Services\", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"2800X\"}");
        assertEquals(400, malformed.status());
        assertEquals(before, api.get("api/v1/organizations?size=1").json().getInt("total"));
    }

    @Test
    void invalidBodiesGetFieldErrors() throws Exception {
        ApiClient api = as("state.staff");
        ApiClient.Reply empty = api.post("api/v1/organizations", "{}");
        assertEquals(400, empty.status(), empty.body());
        Set<String> fields = new HashSet<>();
        empty.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(Set.of("name", "type"), fields);
        assertEquals(400, api.post("api/v1/organizations", "{\"name\": \"X Y\", \"type\": \"GALAXY\"}").status());
        assertEquals(400, api.post("api/v1/organizations", "{not json").status());
        ApiClient.Reply noRegion = api.post("api/v1/organizations",
                "{\"name\": \"Lead Without Region\", \"type\": \"LEAD_CONTRACTOR\"}");
        assertEquals(400, noRegion.status());
        assertEquals("region", noRegion.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.post("api/v1/organizations", "").status(), "a body is required");
        assertEquals(400, api.get("api/v1/organizations?size=100000").status());
        assertEquals(400, api.get("api/v1/organizations?sort=password").status());
        assertEquals(400, api.get("api/v1/organizations?type=GALAXY").status());
    }

    @Test
    void callersMustSignInAndHoldTheRole() throws Exception {
        ApiClient.Reply anonymous = ApiClient.anonymous(java.net.URI.create(PortalDeployment.loopback(base))).get("api/v1/organizations");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));
        assertEquals(401, ApiClient.as(java.net.URI.create(PortalDeployment.loopback(base)), "state.staff", "wrong-password").get("api/v1/regions").status());
        assertEquals(401, ApiClient.as(java.net.URI.create(PortalDeployment.loopback(base)), "nobody", "portal-demo").get("api/v1/regions").status());
        ApiClient.Reply forbidden = as("provider.admin").post("api/v1/organizations",
                "{\"name\": \"Sneaky Services\", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"28081\"}");
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals(0, as("state.staff").get("api/v1/organizations?name=sneaky").json().getInt("total"));
    }

    @Test
    void aChangeLeavesExactlyOneAuditRecordWithItsValuesAndARefusedChangeNone() throws Exception {
        ApiClient state = as("state.staff");
        ApiClient auditor = as("auditor");
        ApiClient.Reply created = state.post("api/v1/organizations", """
                {"name": "Audit Trail Services", "type": "LOCAL_PROVIDER", "headquartersCountyFips": "28049",
                 "phone": "(601) 555-0199"}""");
        assertEquals(201, created.status(), created.body());
        String id = created.header("Location").replaceAll(".*/", "");
        JsonObject events = auditor.get("api/v1/audit-events?entity=Organisation&entityId=" + id).json();
        assertEquals(1, events.getInt("total"));
        JsonObject event = events.getJsonArray("items").getJsonObject(0);
        assertEquals("CREATE", event.getString("action"));
        assertEquals("state.staff", event.getString("username"));
        assertEquals(1, event.getInt("organisationId"));
        assertEquals(created.header("X-Request-Id"), event.getString("requestId"));
        String changes = event.getString("changes");
        assertTrue(changes.contains("{\"field\":\"name\",\"old\":null,\"new\":\"Audit Trail Services\"}"), changes);
        assertTrue(changes.contains("{\"field\":\"contact.phone\",\"old\":null,\"new\":\"(601) 555-0199\"}"), changes);
        assertTrue(changes.contains("{\"field\":\"headquartersCounty\",\"old\":null,\"new\":\"28049\"}"), changes);

        int before = auditor.get("api/v1/audit-events?user=state.staff&entity=Organisation").json().getInt("total");
        assertEquals(409, state.post("api/v1/organizations",
                "{\"name\": \"Audit Trail Services\", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"28049\"}").status());
        assertEquals(before, auditor.get("api/v1/audit-events?user=state.staff&entity=Organisation").json().getInt("total"),
                "a refused change leaves no record");
    }

    @Test
    void aPortalSignInIsAnAuditedUpdateAndOnlyAuditorsReadTheTrail() throws Exception {
        String query = "api/v1/audit-events?entity=UserAccount&user=provider.staff&from=2000-01-01&to=2200-12-31";
        int before = as("auditor").get(query).json().getInt("total");
        PortalSession.signIn(java.net.URI.create(PortalDeployment.loopback(base)), "provider.staff");
        JsonObject events = as("auditor").get(query).json();
        assertEquals(before + 1, events.getInt("total"), "one sign-in, one record: " + events);
        JsonObject event = events.getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATE", event.getString("action"));
        assertTrue(event.getString("changes").matches(
                "\\[\\{\"field\":\"lastLoginAt\",\"old\":(null|\"20\\d\\d-[^\"]+\"),\"new\":\"20\\d\\d-[^\"]+\"}]"),
                event.getString("changes"));
        assertEquals(403, as("state.staff").get("api/v1/audit-events").status());
        assertEquals(400, as("auditor").get("api/v1/audit-events?from=yesterday").status());
        assertEquals(400, as("auditor").get("api/v1/audit-events?from=2026-02-01&to=2026-01-01").status());
    }

    @Test
    void aProviderDeclaresItsCapacityAgainstTheVersionItRead() throws Exception {
        ApiClient provider = as("provider.admin");
        long organisation = provider.get("api/v1/accounts?name=provider.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        long offering = provider.get("api/v1/organizations/" + organisation).json().getJsonArray("offerings")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String auditQuery = "api/v1/audit-events?entity=OfferingCapacity&entityId=" + offering;
        int auditBefore = as("auditor").get(auditQuery).json().getInt("total");
        ApiClient.Reply read = provider.get("api/v1/capacity/" + offering);
        assertEquals(200, read.status(), read.body());
        String etag = read.header("ETag");
        int maximum = read.json().getInt("maximum");
        int before = read.json().getInt("available");
        int after = before == 0 ? 1 : before - 1;

        assertEquals(428, provider.put("api/v1/capacity/" + offering, "{\"available\": 0, \"maximum\": " + maximum + "}", null).status());
        ApiClient.Reply saved = provider.put("api/v1/capacity/" + offering,
                "{\"available\": " + after + ", \"maximum\": " + Math.max(maximum, 1) + ", \"waitlist\": 0}", etag);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(after, saved.json().getInt("available"));
        assertEquals("provider.admin", saved.json().getString("updatedBy"));
        assertTrue(!etag.equals(saved.header("ETag")), "a new version");

        ApiClient.Reply stale = provider.put("api/v1/capacity/" + offering, "{\"available\": 0, \"maximum\": 5}", etag);
        assertEquals(412, stale.status(), "the second save against the old version is refused");
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        assertEquals(after, provider.get("api/v1/capacity/" + offering).json().getInt("available"), "nothing lost");

        ApiClient.Reply tooMany = provider.put("api/v1/capacity/" + offering, "{\"available\": 99, \"maximum\": 5}", saved.header("ETag"));
        assertEquals(400, tooMany.status());
        assertEquals("available", tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, as("provider2.admin").put("api/v1/capacity/" + offering, "{\"available\": 0, \"maximum\": 5}", saved.header("ETag")).status(),
                "another provider's offering does not exist for it");
        assertEquals(403, as("lead.r1").put("api/v1/capacity/" + offering, "{\"available\": 0, \"maximum\": 5}", saved.header("ETag")).status(),
                "a lead reads its region's capacity but does not declare it");

        JsonObject audit = as("auditor").get(auditQuery).json();
        assertEquals(auditBefore + 1, audit.getInt("total"), "one accepted change, one record; refused ones none");
        assertTrue(audit.getJsonArray("items").getJsonObject(0).getString("changes")
                .contains("{\"field\":\"available\",\"old\":\"" + before + "\",\"new\":\"" + after + "\"}"), audit.toString());
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        ApiClient.Reply api = as("provider.staff").get("api/v1/regions");
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertTrue(api.header("Content-Security-Policy").contains("default-src 'none'"));
        assertTrue(api.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertNotNull(api.header("X-Request-Id"));
        ApiClient.Reply page = ApiClient.anonymous(java.net.URI.create(PortalDeployment.loopback(base))).get("login.xhtml");
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self' 'nonce-"), csp);
        assertEquals("same-origin", page.header("Referrer-Policy"));
        String cookie = page.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(page.body().contains("nonce=\""), "PrimeFaces renders its scripts with the nonce");
    }

    @Test
    void repeatedWrongPasswordsLockTheUsernameForAWhile() throws Exception {
        java.net.URI portal = java.net.URI.create(PortalDeployment.loopback(base));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, ApiClient.as(portal, "provider2.admin", "guess-" + i).get("api/v1/regions").status());
        }
        assertEquals(401, ApiClient.as(portal, "provider2.admin").get("api/v1/regions").status(),
                "even the right password is refused while the username is locked");
        assertEquals(200, as("provider.admin").get("api/v1/regions").status(), "other users are not affected");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        ApiClient.Reply openapi = ApiClient.anonymous(java.net.URI.create(PortalDeployment.loopback(base))).get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/organizations"), "organisations are documented");
        assertTrue(openapi.body().contains("Provider Network Portal API"));
    }
}
