package org.providernetwork.service.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.ContactDetails;
import org.providernetwork.domain.network.Credential;
import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.Languages;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.network.ServiceOffering;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.ServiceType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the portal's records into HSDS 3.1 objects (as JSON-P values, field names as the standard spells
 * them). Fields the portal does not know are left out; the arrays of an object are always present.
 * Plain code: no container, no database.
 */
public class HsdsMapper {

    public static final String SERVICE_TYPES_TAXONOMY = "Provider network service types";
    public static final String POPULATIONS_TAXONOMY = "Provider network specialised populations";
    /** The unit capacity is counted in: a place for one child or youth. */
    public static final String UNIT_NAME = "Place";

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private final LocalDate today;

    /** @param today the day against which credentials are expired (for the service alert) */
    public HsdsMapper(LocalDate today) {
        this.today = today;
    }

    // ---------------------------------------------------------------- organizations and locations

    /**
     * An organisation as an HSDS organization.
     *
     * @param regionCodes the regions it works in
     * @param locationCounties the counties its offerings are located in (its HSDS locations)
     */
    public JsonObject organization(Organisation o, Collection<String> regionCodes, Collection<County> locationCounties) {
        ContactDetails contact = o.getContact();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", HsdsIds.organization(o.getId()))
                .add("name", o.getName())
                .add("description", describe(o, regionCodes));
        put(b, "email", contact.getEmail());
        put(b, "website", website(contact.getWebsite()));
        JsonArrayBuilder phones = Json.createArrayBuilder();
        if (contact.getPhone() != null) {
            phones.add(Json.createObjectBuilder()
                    .add("id", HsdsIds.named("phone", "organization", o.getId()))
                    .add("organization_id", HsdsIds.organization(o.getId()))
                    .add("number", contact.getPhone())
                    .add("type", "voice")
                    .add("languages", empty()).add("attributes", empty()).add("metadata", empty()));
        }
        JsonArrayBuilder locations = Json.createArrayBuilder();
        locationCounties.forEach(c -> locations.add(location(o, c)));
        return b.add("additional_websites", empty())
                .add("funding", empty())
                .add("contacts", empty())
                .add("phones", phones)
                .add("locations", locations)
                .add("programs", empty())
                .add("organization_identifiers", empty())
                .add("attributes", empty())
                .add("metadata", empty())
                .build();
    }

    private static String describe(Organisation o, Collection<String> regionCodes) {
        String regions = regionCodes.stream().sorted().collect(Collectors.joining(", "));
        return switch (o.getType()) {
            case STATE_AGENCY -> OrganisationType.STATE_AGENCY.getLabel() + " responsible for the provider network.";
            case LEAD_CONTRACTOR -> OrganisationType.LEAD_CONTRACTOR.getLabel()
                    + (o.getLeadRegion() == null ? "." : " of region " + o.getLeadRegion().getCode() + ".");
            default -> o.getType().getLabel() + (regions.isEmpty() ? "." : " working in region"
                    + (regionCodes.size() > 1 ? "s " : " ") + regions + ".");
        };
    }

    /** A website as a URI: the portal stores what was typed, which may lack the scheme. */
    private static String website(String value) {
        if (value == null) {
            return null;
        }
        return value.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? value : "https://" + value;
    }

    /** Where an organisation delivers services in one county; the coordinates are the county centroid. */
    public JsonObject location(Organisation o, County county) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", locationId(o.getId(), county))
                .add("location_type", "physical")
                .add("organization_id", HsdsIds.organization(o.getId()))
                .add("name", o.getName() + ", " + county.getName() + " County")
                .add("description", "Services of " + o.getName() + " located in " + county.getName()
                        + " County. The coordinates are the county's centroid, not a street address.");
        if (county.getCentroid() != null) {
            b.add("latitude", county.getCentroid().getLatitude()).add("longitude", county.getCentroid().getLongitude());
        }
        return b.add("external_identifier", county.getFips())
                .add("external_identifier_type", "US county FIPS code")
                .add("languages", empty()).add("addresses", empty()).add("contacts", empty())
                .add("accessibility", empty()).add("phones", empty()).add("schedules", empty())
                .add("attributes", empty()).add("metadata", empty())
                .build();
    }

    public static String locationId(long organisationId, County county) {
        return HsdsIds.named("location", organisationId, county.getFips());
    }

    // ---------------------------------------------------------------- services

    /**
     * An offering as an HSDS service, with its capacity, location, service areas, languages and taxonomy
     * attributes.
     *
     * @param organization the provider as an HSDS organization, nested when given
     */
    public JsonObject service(ServiceOffering s, OfferingFacts facts, JsonObject organization) {
        String id = HsdsIds.service(s.getId());
        Organisation provider = s.getProvider();
        boolean active = s.isActive() && provider.isActive();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", id)
                .add("organization_id", HsdsIds.organization(provider.getId()))
                .add("name", s.getName());
        put(b, "description", s.getDescription());
        b.add("status", active ? "active" : "inactive")
                .add("eligibility_description", eligibility(s, facts.needs()))
                .add("minimum_age", s.getAgeRange().getMinAge())
                .add("maximum_age", s.getAgeRange().getMaxAge());
        put(b, "accreditations", credentials(facts.credentials(), CredentialKind.ACCREDITATION));
        put(b, "licenses", credentials(facts.credentials(), CredentialKind.LICENCE));
        put(b, "alert", alert(facts.credentials()));

        JsonArrayBuilder areas = Json.createArrayBuilder();
        facts.servedCounties().forEach(c -> areas.add(serviceArea(s, c)));
        JsonArrayBuilder languages = Json.createArrayBuilder();
        facts.languages().forEach(code -> languages.add(Json.createObjectBuilder()
                .add("id", HsdsIds.named("language", s.getId(), code))
                .add("service_id", id)
                .add("name", Languages.name(code))
                .add("code", code)
                .add("attributes", empty()).add("metadata", empty())));
        JsonArrayBuilder capacities = Json.createArrayBuilder();
        if (facts.capacity() != null) {
            capacities.add(capacity(s, facts.capacity()));
        }
        JsonArrayBuilder attributes = Json.createArrayBuilder()
                .add(attribute(s, "service_type", serviceTypeTerm(s.getServiceType())));
        facts.needs().forEach(n -> attributes.add(attribute(s, "specialised_population", needTerm(n))));

        b.add("additional_urls", empty())
                .add("phones", empty())
                .add("schedules", empty())
                .add("service_areas", areas)
                .add("service_at_locations", Json.createArrayBuilder().add(serviceAtLocation(s)))
                .add("languages", languages);
        if (organization != null) {
            b.add("organization", organization);
        }
        return b.add("funding", empty())
                .add("cost_options", empty())
                .add("required_documents", empty())
                .add("contacts", empty())
                .add("capacities", capacities)
                .add("attributes", attributes)
                .add("metadata", empty())
                .build();
    }

    private static String eligibility(ServiceOffering s, List<NeedCode> needs) {
        List<String> parts = new ArrayList<>();
        parts.add("Children and youth aged " + s.getAgeRange().getMinAge() + " to " + s.getAgeRange().getMaxAge());
        if (s.getGenders() != GendersServed.ANY) {
            parts.add(s.getGenders().name().toLowerCase(Locale.ROOT) + " only");
        }
        parts.add(s.getMaxSiblingGroup() == 1 ? "no sibling groups"
                : "sibling groups of up to " + s.getMaxSiblingGroup() + " kept together");
        if (!needs.isEmpty()) {
            parts.add("specialised in: " + needs.stream().map(NeedCode::getName).collect(Collectors.joining(", ")));
        }
        parts.add(s.isAcceptsOutOfCounty() ? "accepts children from outside the counties it serves"
                : "serves children of the counties it serves only");
        return String.join("; ", parts) + ".";
    }

    private static String credentials(List<Credential> credentials, CredentialKind kind) {
        String text = credentials.stream().filter(c -> c.getKind() == kind)
                .map(c -> c.getIdentifier() + " issued by " + c.getIssuer() + ", expires " + c.getExpiresOn())
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    private String alert(List<Credential> credentials) {
        String text = credentials.stream().filter(c -> c.expiredOn(today))
                .map(c -> c.getKind().getLabel() + " " + c.getIdentifier() + " expired on " + c.getExpiresOn())
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text + ".";
    }

    /** One county an offering serves. */
    public JsonObject serviceArea(ServiceOffering s, County county) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", HsdsIds.named("service_area", s.getId(), county.getFips()))
                .add("service_id", HsdsIds.service(s.getId()))
                .add("name", county.getName() + " County")
                .add("description", "County FIPS " + county.getFips()
                        + (county.getRegion() == null ? "" : ", region " + county.getRegion().getCode()));
        return b.add("attributes", empty()).add("metadata", empty()).build();
    }

    /** The offering at its location county, with the location nested. */
    public JsonObject serviceAtLocation(ServiceOffering s) {
        County county = s.getLocationCounty();
        return Json.createObjectBuilder()
                .add("id", HsdsIds.named("service_at_location", s.getId(), county.getFips()))
                .add("service_id", HsdsIds.service(s.getId()))
                .add("location_id", locationId(s.getProvider().getId(), county))
                .add("service_areas", empty()).add("contacts", empty()).add("phones", empty())
                .add("schedules", empty())
                .add("location", location(s.getProvider(), county))
                .add("attributes", empty()).add("metadata", empty())
                .build();
    }

    /** The declared capacity of an offering, counted in places. */
    public JsonObject capacity(ServiceOffering s, OfferingCapacity c) {
        String description = "Places declared by the provider";
        if (c.getWaitlist() > 0 || c.getReserved() > 0) {
            description += "; " + c.getReserved() + " held by accepted referrals, " + c.getWaitlist() + " waiting";
        }
        return Json.createObjectBuilder()
                .add("id", HsdsIds.named("service_capacity", s.getId()))
                .add("service_id", HsdsIds.service(s.getId()))
                .add("unit", unit())
                .add("unit_id", unitId())
                .add("available", c.getAvailable())
                .add("maximum", c.getMaximum())
                .add("description", description + ".")
                .add("updated", timestamp(c.getUpdatedAt()))
                .add("attributes", empty()).add("metadata", empty())
                .build();
    }

    public static JsonObject unit() {
        return Json.createObjectBuilder()
                .add("id", unitId())
                .add("name", UNIT_NAME)
                .add("identifier", "place")
                .build();
    }

    private static String unitId() {
        return HsdsIds.named("unit", "place");
    }

    private static JsonObject attribute(ServiceOffering s, String linkType, JsonObject term) {
        return Json.createObjectBuilder()
                .add("id", HsdsIds.named("attribute", "service", s.getId(), term.getString("id")))
                .add("link_id", HsdsIds.service(s.getId()))
                .add("taxonomy_term_id", term.getString("id"))
                .add("link_type", linkType)
                .add("link_entity", "service")
                .add("taxonomy_term", term)
                .add("metadata", empty())
                .build();
    }

    // ---------------------------------------------------------------- taxonomy terms

    /** The terms of both taxonomies: service categories, service types under them, and specialised populations. */
    public List<JsonObject> taxonomyTerms(List<ServiceType> types, List<NeedCode> needs) {
        List<JsonObject> terms = new ArrayList<>();
        types.stream().map(ServiceType::getCategory).distinct().sorted()
                .forEach(category -> terms.add(categoryTerm(category)));
        types.forEach(t -> terms.add(serviceTypeTerm(t)));
        needs.forEach(n -> terms.add(needTerm(n)));
        return terms;
    }

    private static JsonObject categoryTerm(String category) {
        return term(HsdsIds.named("taxonomy_term", "service_category", category), category, category,
                "Category of service types: " + category + ".", null, SERVICE_TYPES_TAXONOMY);
    }

    public static JsonObject serviceTypeTerm(ServiceType t) {
        String description = t.getDescription() == null || t.getDescription().isBlank() ? t.getName() : t.getDescription();
        return term(HsdsIds.named("taxonomy_term", "service_type", t.getCode()), t.getCode(), t.getName(), description,
                HsdsIds.named("taxonomy_term", "service_category", t.getCategory()), SERVICE_TYPES_TAXONOMY);
    }

    public static JsonObject needTerm(NeedCode n) {
        String description = n.getDescription() == null || n.getDescription().isBlank() ? n.getName() : n.getDescription();
        return term(HsdsIds.named("taxonomy_term", "need", n.getCode()), n.getCode(), n.getName(), description, null,
                POPULATIONS_TAXONOMY);
    }

    private static JsonObject term(String id, String code, String name, String description, String parentId,
                                   String taxonomy) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", id).add("code", code).add("name", name).add("description", description);
        put(b, "parent_id", parentId);
        return b.add("taxonomy", taxonomy).add("language", "en").add("metadata", empty()).build();
    }

    // ---------------------------------------------------------------- helpers

    /** A time as HSDS wants it: ISO 8601 in UTC with milliseconds. */
    public static String timestamp(Instant instant) {
        return MILLIS.format(instant);
    }

    private static JsonArray empty() {
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.add(name, value);
        }
    }
}
