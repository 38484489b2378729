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
import org.providernetwork.portal.export.HsdsSchemas;
import org.providernetwork.service.export.HsdsIds;

import java.net.URI;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HSDS 3.1 directory export of the real war against MariaDB: valid against the HSDS JSON Schemas, its links, and its tenant scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HsdsExportMariaDbIT {

    private static final long PROVIDER_ORGANISATION = 108;

    private final HsdsSchemas schemas = new HsdsSchemas();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    private static JsonObject ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void theStateExportFitsTheHsdsSchemaAndHoldsTogether() throws Exception {
        JsonObject export = ok(as("state.staff").get("api/v1/hsds/export"));
        assertEquals("3.1", export.getString("hsds_version"));
        JsonArray organizations = export.getJsonArray("organizations");
        JsonArray services = export.getJsonArray("services");
        JsonArray locations = export.getJsonArray("locations");
        JsonArray serviceAtLocations = export.getJsonArray("service_at_locations");
        JsonArray serviceAreas = export.getJsonArray("service_areas");
        JsonArray terms = export.getJsonArray("taxonomy_terms");

        assertEquals(List.of(), schemas.checkAll("organization", organizations));
        assertEquals(List.of(), schemas.checkAll("service", services));
        assertEquals(List.of(), schemas.checkAll("location", locations));
        assertEquals(List.of(), schemas.checkAll("service_at_location", serviceAtLocations));
        assertEquals(List.of(), schemas.checkAll("service_area", serviceAreas));
        assertEquals(List.of(), schemas.checkAll("taxonomy_term", terms));

        assertTrue(organizations.size() >= 108, "state agency, 7 leads and 100 demo providers (and what other tests add)");
        assertTrue(services.size() >= 100, "the demo providers' offerings");
        Set<String> organizationIds = ids(organizations);
        Set<String> serviceIds = ids(services);
        Set<String> locationIds = ids(locations);
        Set<String> termIds = ids(terms);
        assertEquals(organizations.size(), organizationIds.size(), "organization ids are unique");
        assertEquals(services.size(), serviceIds.size(), "service ids are unique");
        assertTrue(organizationIds.contains(HsdsIds.organization(PROVIDER_ORGANISATION)));

        int serviceAtLocationCount = 0;
        int serviceAreaCount = 0;
        for (JsonValue value : services) {
            JsonObject service = value.asJsonObject();
            String id = service.getString("id");
            assertTrue(organizationIds.contains(service.getString("organization_id")), id + " names an exported organization");
            JsonArray capacities = service.getJsonArray("capacities");
            assertEquals(1, capacities.size(), id + " has its capacity");
            JsonObject capacity = capacities.getJsonObject(0);
            assertTrue(capacity.getJsonNumber("available").intValue() >= 0);
            assertTrue(capacity.getJsonNumber("maximum").intValue() >= capacity.getJsonNumber("available").intValue());
            assertEquals(id, capacity.getString("service_id"));
            for (JsonValue sal : service.getJsonArray("service_at_locations")) {
                assertEquals(id, sal.asJsonObject().getString("service_id"));
                assertTrue(locationIds.contains(sal.asJsonObject().getString("location_id")), "the location is exported");
                serviceAtLocationCount++;
            }
            assertFalse(service.getJsonArray("service_areas").isEmpty(), id + " serves at least its own county");
            serviceAreaCount += service.getJsonArray("service_areas").size();
            for (JsonValue attribute : service.getJsonArray("attributes")) {
                assertTrue(termIds.contains(attribute.asJsonObject().getString("taxonomy_term_id")), "the term is exported");
            }
            assertTrue(service.getString("status").equals("active") || service.getString("status").equals("inactive"));
        }
        assertEquals(serviceAtLocationCount, serviceAtLocations.size());
        assertEquals(serviceAreaCount, serviceAreas.size());
        for (JsonValue location : locations) {
            assertTrue(organizationIds.contains(location.asJsonObject().getString("organization_id")));
        }
    }

    @Test
    void servicesAndOrganizationsArePagedAsTheHsdsApiPagesThem() throws Exception {
        ApiClient api = as("state.staff");
        JsonObject first = ok(api.get("api/v1/hsds/services?per_page=7"));
        int total = first.getInt("total_items");
        assertEquals((total + 6) / 7, first.getInt("total_pages"));
        assertEquals(1, first.getInt("page_number"));
        assertEquals(7, first.getInt("size"));
        assertTrue(first.getBoolean("first_page"));
        assertFalse(first.getBoolean("last_page"));
        assertFalse(first.getBoolean("empty"));
        assertEquals(7, first.getJsonArray("contents").size());
        assertEquals(List.of(), schemas.checkAll("service", first.getJsonArray("contents")));
        first.getJsonArray("contents").forEach(s -> assertNotNull(s.asJsonObject().getJsonObject("organization"),
                "a listed service carries its organization"));

        JsonObject last = ok(api.get("api/v1/hsds/services?per_page=7&page=" + first.getInt("total_pages")));
        assertTrue(last.getBoolean("last_page"));
        assertFalse(last.getBoolean("first_page"));
        JsonObject beyond = ok(api.get("api/v1/hsds/services?per_page=7&page=" + (first.getInt("total_pages") + 1)));
        assertTrue(beyond.getBoolean("empty"));
        assertEquals(400, api.get("api/v1/hsds/services?page=0").status());
        assertEquals(400, api.get("api/v1/hsds/services?per_page=1000").status());

        JsonObject service = first.getJsonArray("contents").getJsonObject(3);
        JsonObject one = ok(api.get("api/v1/hsds/services/" + service.getString("id")));
        assertEquals(service, one, "a service reads the same alone and in a list");

        JsonObject organizations = ok(api.get("api/v1/hsds/organizations?per_page=50"));
        assertTrue(organizations.getInt("total_items") >= 108);
        assertEquals(List.of(), schemas.checkAll("organization", organizations.getJsonArray("contents")));
        JsonObject organization = ok(api.get("api/v1/hsds/organizations/" + service.getString("organization_id")));
        assertEquals(List.of(), schemas.check("organization", organization));
        assertEquals(service.getJsonObject("organization"), organization);

        JsonObject terms = ok(api.get("api/v1/hsds/taxonomy_terms?per_page=200"));
        assertTrue(terms.getInt("total_items") >= 17 + 6, "service types (with their categories) and need codes");
        assertEquals(List.of(), schemas.checkAll("taxonomy_term", terms.getJsonArray("contents")));
    }

    @Test
    void aProviderSeesOnlyItsOwnOrganizationAndServices() throws Exception {
        String own = HsdsIds.organization(PROVIDER_ORGANISATION);
        JsonObject stateExport = ok(as("state.staff").get("api/v1/hsds/export"));
        String otherService = stateExport.getJsonArray("services").stream().map(JsonValue::asJsonObject)
                .filter(s -> !s.getString("organization_id").equals(own)).findFirst().orElseThrow().getString("id");
        String otherOrganization = stateExport.getJsonArray("organizations").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("id")).filter(id -> !id.equals(own)).findFirst().orElseThrow();

        ApiClient provider = as("provider.admin");
        JsonObject export = ok(provider.get("api/v1/hsds/export"));
        assertEquals(Set.of(own), ids(export.getJsonArray("organizations")));
        JsonArray services = export.getJsonArray("services");
        assertFalse(services.isEmpty(), "the provider has offerings");
        assertEquals(Set.of(own), services.stream().map(s -> s.asJsonObject().getString("organization_id"))
                .collect(Collectors.toSet()));
        assertEquals(List.of(), schemas.checkAll("service", services));
        export.getJsonArray("locations").forEach(l -> assertEquals(own, l.asJsonObject().getString("organization_id")));

        JsonObject page = ok(provider.get("api/v1/hsds/services?per_page=200"));
        assertEquals(services.size(), page.getInt("total_items"));
        assertEquals(ids(services), ids(page.getJsonArray("contents")));
        assertEquals(200, provider.get("api/v1/hsds/services/" + services.getJsonObject(0).getString("id")).status());
        assertEquals(200, provider.get("api/v1/hsds/organizations/" + own).status());

        ApiClient.Reply hidden = provider.get("api/v1/hsds/services/" + otherService);
        assertEquals(404, hidden.status(), hidden.body());
        assertTrue(hidden.contentType().startsWith("application/problem+json"), hidden.contentType());
        assertEquals(404, provider.get("api/v1/hsds/organizations/" + otherOrganization).status());
        assertEquals(404, provider.get("api/v1/hsds/services/not-a-uuid").status());
        assertEquals(404, provider.get("api/v1/hsds/services/" + own).status(), "an organization id is no service id");
    }

    @Test
    void aLeadSeesItsRegionButNotAnotherProviderOutsideIt() throws Exception {
        JsonObject lead = ok(as("lead.r1").get("api/v1/hsds/export"));
        JsonObject state = ok(as("state.staff").get("api/v1/hsds/export"));
        Set<String> leadOrganizations = ids(lead.getJsonArray("organizations"));
        assertTrue(leadOrganizations.size() > 1, "its own organisation and its region's local providers");
        assertTrue(leadOrganizations.size() < state.getJsonArray("organizations").size());
        assertTrue(ids(state.getJsonArray("organizations")).containsAll(leadOrganizations));
        lead.getJsonArray("services").forEach(s -> assertTrue(leadOrganizations.contains(
                s.asJsonObject().getString("organization_id"))));
        assertEquals(List.of(), schemas.checkAll("service", lead.getJsonArray("services")));
    }

    private static Set<String> ids(JsonArray objects) {
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> ids.add(o.asJsonObject().getString("id")));
        return ids;
    }
}
