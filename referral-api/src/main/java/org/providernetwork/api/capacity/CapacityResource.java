package org.providernetwork.api.capacity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.api.IfMatch;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.service.capacity.Capacity;
import org.providernetwork.service.capacity.CapacityBoard;
import org.providernetwork.service.capacity.CapacityView;

import java.util.List;

/** Capacity of offerings; every read carries an ETag, every update needs the matching If-Match. */
@Path("capacity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity")
public class CapacityResource {

    @Inject
    private Capacity capacity;

    @Inject
    private CapacityBoard board;

    /**
     * What a provider declares. {@code waitlist} is accepted for clients written before waitlists were kept and
     * ignored: how many wait is the count of referrals on the offering's waitlist.
     */
    public record Declaration(Integer available, Integer maximum, Integer waitlist) {
    }

    @GET
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Capacity of an organisation's offerings (within the caller's scope; otherwise empty)")
    public List<CapacityView> ofOrganisation(@QueryParam("organization") Long organisation) {
        if (organisation == null) {
            throw new InvalidInputException("organization", "name the organisation: ?organization=<id>");
        }
        return capacity.ofOrganisation(organisation);
    }

    @GET
    @Path("board")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "A capacity board over the offerings the caller may see: service type by county for"
            + " ?region=R1, service type by region for the whole state without it (state roles)")
    public CapacityBoard.Board board(@QueryParam("region") String region) {
        return region == null || region.isBlank() ? board.state() : board.region(region);
    }

    @GET
    @Path("{offeringId}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Capacity of one offering, with its version as ETag")
    @APIResponse(responseCode = "404", description = "no such offering, or not one the caller may see")
    public Response get(@PathParam("offeringId") long offeringId) {
        CapacityView view = capacity.find(offeringId);
        return Response.ok(view).tag(tag(view)).build();
    }

    @PUT
    @Path("{offeringId}")
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "Declare the capacity of one of the caller's own offerings (If-Match required). More free places"
            + " than before are offered at once to the referrals waiting on the offering; waitlist is read-only (the"
            + " count of waiting referrals) and a value sent is ignored")
    @APIResponse(responseCode = "412", description = "the If-Match version is no longer current")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response declare(@PathParam("offeringId") long offeringId, @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a request body is required") Declaration body) {
        return IfMatch.apply(ifMatch, "capacity", version -> {
            if (body.available() == null || body.maximum() == null) {
                throw new InvalidInputException(body.available() == null ? "available" : "maximum",
                        "available and maximum are required");
            }
            CapacityView view = capacity.declare(offeringId, body.available(), body.maximum(), version);
            return Response.ok(view).tag(tag(view)).build();
        });
    }

    private static EntityTag tag(CapacityView view) {
        return IfMatch.tag(view.version());
    }
}
