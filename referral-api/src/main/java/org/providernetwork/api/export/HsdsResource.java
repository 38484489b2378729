package org.providernetwork.api.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.export.DirectoryExport;

import java.util.List;

/**
 * The directory in Open Referral HSDS 3.1 form, within the caller's tenant scope. Lists are HSDS pages
 * ({@code page} from 1, {@code per_page} up to 200); ids are the HSDS UUIDs of the export.
 */
@Path("hsds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS")
public class HsdsResource {

    static final int DEFAULT_PER_PAGE = 50;

    @Inject
    private DirectoryExport export;

    @GET
    @Path("services")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Services (offerings) the caller may see, as full HSDS service objects, paged")
    public JsonObject services(@Parameter(description = "page number, from 1") @QueryParam("page") @DefaultValue("1") int page,
                               @Parameter(description = "services per page, 1 to 200") @QueryParam("per_page")
                               @DefaultValue("" + DEFAULT_PER_PAGE) int perPage) {
        return hsdsPage(export.services(request(page, perPage)));
    }

    @GET
    @Path("services/{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One HSDS service with its organization, locations, service areas and capacity")
    @APIResponse(responseCode = "404", description = "no such service, or not one the caller may see")
    public JsonObject service(@PathParam("id") String id) {
        return export.service(id);
    }

    @GET
    @Path("organizations")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Organizations the caller may see, as HSDS organization objects, paged")
    public JsonObject organizations(@Parameter(description = "page number, from 1") @QueryParam("page") @DefaultValue("1") int page,
                                    @Parameter(description = "organizations per page, 1 to 200") @QueryParam("per_page")
                                    @DefaultValue("" + DEFAULT_PER_PAGE) int perPage) {
        return hsdsPage(export.organizations(request(page, perPage)));
    }

    @GET
    @Path("organizations/{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One HSDS organization with its locations")
    @APIResponse(responseCode = "404", description = "no such organization, or not one the caller may see")
    public JsonObject organization(@PathParam("id") String id) {
        return export.organization(id);
    }

    @GET
    @Path("taxonomy_terms")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Terms of the service-type and specialised-population taxonomies, paged")
    public JsonObject taxonomyTerms(@Parameter(description = "page number, from 1") @QueryParam("page") @DefaultValue("1") int page,
                                    @Parameter(description = "terms per page, 1 to 200") @QueryParam("per_page")
                                    @DefaultValue("" + DEFAULT_PER_PAGE) int perPage) {
        PageRequest request = request(page, perPage);
        List<JsonObject> terms = export.taxonomyTerms();
        List<JsonObject> slice = terms.subList(Math.min(terms.size(), request.offset()),
                Math.min(terms.size(), request.offset() + request.size()));
        return hsdsPage(new Page<>(slice, terms.size(), request.page(), request.size()));
    }

    @GET
    @Path("export")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "The whole directory the caller may see as one JSON document: organizations, services,"
            + " locations, service_at_locations, service_areas and taxonomy_terms, each an array of HSDS 3.1 objects")
    public JsonObject exportAll() {
        return export.export();
    }

    private static PageRequest request(int page, int perPage) {
        if (page < 1) {
            throw new InvalidInputException("page", "pages are numbered from 1, was " + page);
        }
        return PageRequest.of(page - 1, perPage);
    }

    /** A page as the HSDS API spells it (page numbers from 1). */
    static JsonObject hsdsPage(Page<JsonObject> page) {
        JsonArrayBuilder contents = Json.createArrayBuilder();
        page.items().forEach(contents::add);
        int totalPages = page.totalPages();
        return Json.createObjectBuilder()
                .add("total_items", page.total())
                .add("total_pages", totalPages)
                .add("page_number", page.page() + 1)
                .add("size", page.size())
                .add("first_page", page.page() == 0)
                .add("last_page", page.page() + 1 >= totalPages)
                .add("empty", page.items().isEmpty())
                .add("contents", contents)
                .build();
    }
}
