package org.providernetwork.api.offering;

import org.providernetwork.domain.network.Credential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.api.IfMatch;
import org.providernetwork.api.network.PageDto;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.offering.CredentialAlert;
import org.providernetwork.service.offering.OfferingDetails;
import org.providernetwork.service.offering.OfferingFilter;
import org.providernetwork.service.offering.OfferingRequest;
import org.providernetwork.service.offering.Offerings;

import java.util.List;

/** Service offerings: paged search, full profiles with ETag, creation and If-Match updates. */
@Path("offerings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings")
public class OfferingsResource {

    @Inject
    private Offerings offerings;

    @Context
    private UriInfo uri;

    /** A new offering: the request plus the provider it belongs to. */
    public record NewOffering(Long providerId, OfferingRequest offering) {
    }

    @GET
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Offerings of the caller's scope, paged, filtered and sorted in the database")
    public Response list(@QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("25") int size,
                         @Parameter(description = "id of the provider") @QueryParam("organization") Long organization,
                         @Parameter(description = "service type code") @QueryParam("serviceType") String serviceType,
                         @Parameter(description = "FIPS code of a county served") @QueryParam("county") String county,
                         @Parameter(description = "need code of a specialised population served") @QueryParam("need") String need,
                         @Parameter(description = "ISO 639 language code") @QueryParam("language") String language,
                         @Parameter(description = "true or false") @QueryParam("active") Boolean active,
                         @Parameter(description = "whether an active contract covers it") @QueryParam("contracted") Boolean contracted,
                         @Parameter(description = "part of the offering's or provider's name") @QueryParam("q") String text,
                         @Parameter(description = "name, provider, serviceType, county, available, maximum, funded or"
                                 + " updatedAt; prefix with - for descending") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size);
        if (sort != null && !sort.isBlank()) {
            boolean descending = sort.startsWith("-");
            request = request.sortedBy(descending ? sort.substring(1) : sort, !descending);
        }
        return PageDto.response(offerings.search(new OfferingFilter(organization, serviceType, county, need, language,
                active, contracted, text), request), o -> o, uri);
    }

    @GET
    @Path("credentials/expiring")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Licences and accreditations of the caller's scope expiring within ?days= (default "
            + Credential.EXPIRY_NOTICE_DAYS + "), soonest first")
    public List<CredentialAlert> expiring(@QueryParam("days") @DefaultValue("" + Credential.EXPIRY_NOTICE_DAYS) int days) {
        return offerings.credentialsExpiringWithin(days);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One offering in full, with its version as ETag")
    @APIResponse(responseCode = "404", description = "no such offering, or not one the caller may see")
    public Response get(@PathParam("id") long id) {
        OfferingDetails details = offerings.find(id);
        return Response.ok(details).tag(tag(details)).build();
    }

    @POST
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.STATE_STAFF})
    @Operation(summary = "Add an offering to a provider (the caller's own organisation; state staff: any provider)")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(@NotNull(message = "a request body is required") NewOffering body) {
        if (body.providerId() == null || body.offering() == null) {
            throw new InvalidInputException(body.providerId() == null ? "providerId" : "offering",
                    "name the provider (providerId) and describe the offering (offering)");
        }
        OfferingDetails details = offerings.create(body.providerId(), body.offering());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(details.id())).build())
                .entity(details).tag(tag(details)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVIDER_ADMIN})
    @Operation(summary = "Replace the profile of one of the caller's offerings (If-Match required)")
    @APIResponse(responseCode = "412", description = "the If-Match version is no longer current")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull(message = "a request body is required") OfferingRequest body) {
        return IfMatch.apply(ifMatch, "offering", version -> {
            OfferingDetails details = offerings.update(id, body, version);
            return Response.ok(details).tag(tag(details)).build();
        });
    }

    private static EntityTag tag(OfferingDetails details) {
        return IfMatch.tag(details.version());
    }
}
