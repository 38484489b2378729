package org.providernetwork.portal.export;

import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.AgeRange;
import org.providernetwork.domain.network.ContactDetails;
import org.providernetwork.domain.network.Credential;
import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OfferingProfile;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.network.ServiceOffering;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.CountyFips;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.service.export.HsdsIds;
import org.providernetwork.service.export.HsdsMapper;
import org.providernetwork.service.export.OfferingFacts;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HSDS objects the export produces are valid against the HSDS 3.1 JSON Schema files (checked by a JSON Schema
 * validator, see {@link HsdsSchemas}), and the validator refuses documents that are not.
 */
class HsdsDocumentTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.250Z");

    private final HsdsSchemas schemas = new HsdsSchemas();
    private final HsdsMapper mapper = new HsdsMapper(LocalDate.of(2026, 3, 1));

    private Region north;
    private County lee;
    private County pontotoc;
    private ServiceType fosterCare;
    private NeedCode medicallyFragile;
    private Organisation provider;
    private ServiceOffering offering;
    private OfferingFacts facts;

    @BeforeEach
    void network() throws Exception {
        north = new Region(1L, "R1", "North");
        lee = new County(new CountyFips("28081"), "Lee", new GeoPoint(34.29, -88.68), north);
        pontotoc = new County(new CountyFips("28115"), "Pontotoc", new GeoPoint(34.22, -89.04), north);
        fosterCare = new ServiceType(1L, "TFC", "Therapeutic foster care", "Placement", false, true,
                "Foster homes with trained therapeutic parents");
        medicallyFragile = new NeedCode(1L, "MEDICAL", "Medically fragile", null);
        provider = withId(Organisation.register("Hills Family Services", OrganisationType.LOCAL_PROVIDER, null, lee,
                // addresses at example.org, as in the demo network: the validator's e-mail format also checks
                // that the top-level domain exists, which the reserved ".example" does not
                List.of(north), new ContactDetails("1 Main Street", "Tupelo", "38801", "662-555-0100",
                        "intake@hills.example.org", "www.hills.example.org"), NOW), 108L);
        offering = withId(new ServiceOffering(provider, fosterCare, new OfferingProfile("Hills TFC homes",
                "Therapeutic homes in the north", lee, List.of(pontotoc), List.of(medicallyFragile),
                new AgeRange(0, 17), GendersServed.ANY, 3, true, List.of("en", "es"),
                List.of(new Credential.Terms(CredentialKind.LICENCE, "State licensing unit", "L-2231", LocalDate.of(2027, 6, 30)),
                        new Credential.Terms(CredentialKind.ACCREDITATION, "Accrediting council", "A-77", LocalDate.of(2026, 1, 31)))),
                NOW), 101L);
        OfferingCapacity capacity = new OfferingCapacity(101L, 3, 10, "provider.admin", NOW);
        capacity.waitlistCounted(2);
        facts = new OfferingFacts(List.of(lee, pontotoc), List.of(medicallyFragile), List.of("en", "es"),
                offering.getCredentials(), capacity);
    }

    @Test
    void aServiceFitsTheServiceSchema() {
        JsonObject organization = mapper.organization(provider, List.of("R1"), List.of(lee));
        JsonObject service = mapper.service(offering, facts, organization);

        assertEquals(List.of(), schemas.check("service", service));
        assertEquals(HsdsIds.service(101), service.getString("id"));
        assertEquals(HsdsIds.organization(108), service.getString("organization_id"));
        assertEquals("active", service.getString("status"));
        assertEquals(0, service.getInt("minimum_age"));
        assertEquals(17, service.getInt("maximum_age"));
        assertTrue(service.getString("licenses").contains("L-2231"));
        assertTrue(service.getString("alert").contains("A-77 expired on 2026-01-31"), "the expired accreditation is an alert");

        JsonObject capacity = service.getJsonArray("capacities").getJsonObject(0);
        assertEquals(3, capacity.getInt("available"));
        assertEquals(10, capacity.getInt("maximum"));
        assertEquals("2026-03-01T10:15:30.250Z", capacity.getString("updated"));
        assertEquals(HsdsMapper.UNIT_NAME, capacity.getJsonObject("unit").getString("name"));

        assertEquals(2, service.getJsonArray("service_areas").size());
        assertEquals(List.of("en", "es"), service.getJsonArray("languages").stream()
                .map(l -> l.asJsonObject().getString("code")).toList());
        JsonObject atLocation = service.getJsonArray("service_at_locations").getJsonObject(0);
        assertEquals(atLocation.getString("location_id"), atLocation.getJsonObject("location").getString("id"));
        assertEquals(34.29, atLocation.getJsonObject("location").getJsonNumber("latitude").doubleValue());
        assertEquals(List.of("service_type", "specialised_population"), service.getJsonArray("attributes").stream()
                .map(a -> a.asJsonObject().getString("link_type")).toList());
    }

    @Test
    void organizationsLocationsAndTermsFitTheirSchemas() {
        JsonObject organization = mapper.organization(provider, List.of("R1"), List.of(lee, pontotoc));
        assertEquals(List.of(), schemas.check("organization", organization));
        assertEquals("https://www.hills.example.org", organization.getString("website"));
        assertEquals("662-555-0100", organization.getJsonArray("phones").getJsonObject(0).getString("number"));
        assertEquals(2, organization.getJsonArray("locations").size());

        assertEquals(List.of(), schemas.check("location", mapper.location(provider, lee)));
        assertEquals(List.of(), schemas.check("service_at_location", mapper.serviceAtLocation(offering)));
        assertEquals(List.of(), schemas.check("service_area", mapper.serviceArea(offering, pontotoc)));

        List<JsonObject> terms = mapper.taxonomyTerms(List.of(fosterCare), List.of(medicallyFragile));
        assertEquals(3, terms.size(), "the category, the service type under it, the need code");
        JsonArray array = Json.createArrayBuilder(terms).build();
        assertEquals(List.of(), schemas.checkAll("taxonomy_term", array));
        assertEquals(terms.get(0).getString("id"), terms.get(1).getString("parent_id"));
        assertEquals("Medically fragile", terms.get(2).getString("description"), "the name stands in for a missing description");
    }

    @Test
    void aWithdrawnOfferingIsAnInactiveService() {
        offering.deactivate(NOW);
        assertEquals("inactive", mapper.service(offering, facts, null).getString("status"));
    }

    @Test
    void theValidatorRefusesWrongTypesUnknownFieldsAndMissingRequiredFields() {
        JsonObject service = mapper.service(offering, facts, null);
        assertEquals(List.of(), schemas.check("service", service));

        JsonObject wrongType = Json.createObjectBuilder(service).add("minimum_age", "0").build();
        assertEquals(List.of("service/minimum_age: string found, number expected"), schemas.check("service", wrongType));

        JsonObject unknown = Json.createObjectBuilder(service).add("sibling_group", 3).build();
        assertEquals(List.of("service: property 'sibling_group' is not defined in the schema and the schema does not allow additional properties"), schemas.check("service", unknown));

        JsonObject missing = Json.createObjectBuilder(service).remove("name").build();
        assertEquals(List.of("service: required property 'name' not found"), schemas.check("service", missing));

        JsonObject badStatus = Json.createObjectBuilder(service).add("status", "open").build();
        assertEquals(List.of("service/status: does not have a value in the enumeration [\"active\", \"inactive\", \"defunct\", \"temporarily closed\"]"), schemas.check("service", badStatus));

        JsonObject badNested = Json.createObjectBuilder(service).add("capacities", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(service.getJsonArray("capacities").getJsonObject(0))
                        .add("updated", "yesterday").add("id", "42"))).build();
        assertEquals(List.of("service/capacities/0/id: does not match the uuid pattern must be a valid RFC 4122 UUID",
                "service/capacities/0/updated: does not match the date-time pattern must be a valid RFC 3339 date-time"), schemas.check("service", badNested));

        // a nested object of another schema file (unit.json, through service_capacity.json)
        JsonObject badReferenced = Json.createObjectBuilder(service).add("capacities", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(service.getJsonArray("capacities").getJsonObject(0))
                        .add("unit", Json.createObjectBuilder().add("id", HsdsIds.service(7))))).build();
        assertEquals(List.of("service/capacities/0/unit: required property 'name' not found"), schemas.check("service", badReferenced));

        JsonObject nullField = Json.createObjectBuilder(service).add("alert", JsonValue.NULL).build();
        assertEquals(List.of("service/alert: null found, string expected"), schemas.check("service", nullField));

        JsonArray items = Json.createArrayBuilder().add(service).add(missing).build();
        assertEquals(List.of("service[1]: required property 'name' not found"), schemas.checkAll("service", items));
    }

    @Test
    void theSchemasAreJsonSchema2020AndEveryReferenceResolvesLocally() throws Exception {
        List<String> files;
        try (var listing = java.nio.file.Files.list(java.nio.file.Path.of(
                HsdsDocumentTest.class.getClassLoader().getResource("hsds-3.1").toURI()))) {
            files = listing.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
        }
        assertEquals(23, files.size(), files.toString());
        for (String file : files) {
            Schema schema = schemas.schema(file.replace(".json", ""));
            assertEquals(SpecificationVersion.DRAFT_2020_12, schema.getSchemaContext().getDialect().getSpecificationVersion(), file);
        }
        assertThrows(RuntimeException.class, () -> schemas.schema("no_such_object"), "a missing file is an error, not a pass");
    }

    @Test
    void fetchableIdsAreReversibleAndTheOthersStable() {
        String service = HsdsIds.service(101);
        assertEquals(Optional.of(101L), HsdsIds.parse(HsdsIds.Kind.SERVICE, service));
        assertEquals(Optional.empty(), HsdsIds.parse(HsdsIds.Kind.ORGANIZATION, service), "a service id is no organization id");
        assertEquals(Optional.of(108L), HsdsIds.parse(HsdsIds.Kind.ORGANIZATION, HsdsIds.organization(108)));
        assertEquals(Optional.empty(), HsdsIds.parse(HsdsIds.Kind.SERVICE, "not-an-id"));
        assertEquals(Optional.empty(), HsdsIds.parse(HsdsIds.Kind.SERVICE, java.util.UUID.randomUUID().toString()));
        assertEquals(8, java.util.UUID.fromString(service).version());
        assertEquals(2, java.util.UUID.fromString(service).variant());
        assertNotEquals(HsdsIds.service(101), HsdsIds.service(102));

        assertEquals(HsdsIds.named("service_area", 101, "28081"), HsdsIds.named("service_area", 101, "28081"));
        assertEquals(3, java.util.UUID.fromString(HsdsIds.named("service_area", 101, "28081")).version());
        assertNotEquals(HsdsIds.named("service_area", 101, "28081"), HsdsIds.named("service_area", 101, "28115"));
    }

    private static <T> T withId(T entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
