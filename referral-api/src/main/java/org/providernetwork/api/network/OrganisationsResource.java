package org.providernetwork.api.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.NewOrganisation;
import org.providernetwork.service.network.OrganisationFilter;
import org.providernetwork.service.network.OrganisationSummary;

import java.net.URI;

/** The network directory: every signed-in user may read it; state resource staff register organisations. */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class OrganisationsResource {

    @Inject
    private NetworkDirectory directory;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Organisations of the network, paged, filtered and sorted in the database")
    public Response list(@QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("25") int size,
                         @Parameter(description = "part of the name, any case") @QueryParam("name") String name,
                         @Parameter(description = "STATE_AGENCY, LEAD_CONTRACTOR, LOCAL_PROVIDER or STATEWIDE_PROVIDER")
                         @QueryParam("type") String type,
                         @Parameter(description = "code of a region the organisation works in") @QueryParam("region") String region,
                         @Parameter(description = "FIPS code of the headquarters county") @QueryParam("county") String county,
                         @Parameter(description = "name, type, city, county or created; prefix with - for descending")
                         @QueryParam("sort") @DefaultValue("name") String sort) {
        OrganisationType organisationType = parseType(type);
        boolean descending = sort.startsWith("-");
        PageRequest request = PageRequest.of(page, size).sortedBy(descending ? sort.substring(1) : sort, !descending);
        Page<OrganisationSummary> result = directory.search(new OrganisationFilter(name, organisationType, region, county),
                request);
        return PageDto.response(result, OrganisationDto::from, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One organisation with its contact details and offerings")
    @APIResponse(responseCode = "404", description = "no such organisation")
    public OrganisationDetailsDto get(@PathParam("id") long id) {
        return OrganisationDetailsDto.from(directory.find(id));
    }

    @POST
    @RolesAllowed(Access.STATE_STAFF)
    @Operation(summary = "Register an organisation")
    @APIResponse(responseCode = "201", description = "registered; Location names it")
    @APIResponse(responseCode = "400", description = "invalid input (unknown county or region, missing name...)")
    @APIResponse(responseCode = "409", description = "an organisation of that name exists")
    public Response register(@NotNull(message = "a request body is required") NewOrganisationDto body) {
        OrganisationType type = parseType(body.type());
        long id = directory.register(new NewOrganisation(body.name(), type, body.region(), body.regions(),
                body.headquartersCountyFips(), body.addressLine(), body.city(), body.postalCode(), body.phone(),
                body.email(), body.website()));
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(id)).build();
        return Response.created(location).entity(OrganisationDetailsDto.from(directory.find(id))).build();
    }

    private static OrganisationType parseType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OrganisationType type = OrganisationType.parse(value);
        if (type == null) {
            throw new InvalidInputException("type", "unknown organisation type '" + value
                    + "'; use LEAD_CONTRACTOR, LOCAL_PROVIDER, STATEWIDE_PROVIDER or STATE_AGENCY");
        }
        return type;
    }
}
