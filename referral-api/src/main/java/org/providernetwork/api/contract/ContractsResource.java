package org.providernetwork.api.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.api.Enums;
import org.providernetwork.api.IfMatch;
import org.providernetwork.api.network.PageDto;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.contract.TargetDirection;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.contract.ContractRegistry;
import org.providernetwork.service.contract.ContractView;
import org.providernetwork.service.contract.NewContract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.LongFunction;

/**
 * Contracts. Reads answer an ETag; activation, termination and amendments need the matching If-Match, so
 * that of two people changing the same contract the second is told instead of overwriting the first.
 */
@Path("contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractsResource {

    @Inject
    private ContractRegistry registry;

    @Context
    private UriInfo uri;

    /** A termination. */
    public record Termination(String reason) {
    }

    /** An amendment of period and budget. */
    public record AmendmentRequest(String description, LocalDate start, LocalDate end,
                                   @jakarta.validation.constraints.DecimalMax(org.providernetwork.domain.contract.Contract.BUDGET_CEILING_MAX)
                                   BigDecimal budgetCeiling) {
    }

    @GET
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Contracts of the caller's scope (either party), by number")
    public PageDto<ContractView> list(@QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("25") int size,
                                      @QueryParam("kind") String kind, @QueryParam("status") String status) {
        return PageDto.of(registry.search(Enums.parse(ContractKind.class, "kind", kind), Enums.parse(ContractStatus.class, "status", status),
                PageRequest.of(page, size)), c -> c);
    }

    @GET
    @Path("expiring")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Active contracts of the caller's scope ending within ?days= (default "
            + org.providernetwork.domain.contract.Contract.EXPIRY_NOTICE_DAYS + "), soonest first")
    public java.util.List<ContractView> expiring(@QueryParam("days")
            @DefaultValue("" + org.providernetwork.domain.contract.Contract.EXPIRY_NOTICE_DAYS) int days) {
        return registry.expiringWithin(days);
    }

    @POST
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Draft a contract (the caller's organisation is the purchaser)")
    @APIResponse(responseCode = "201", description = "drafted; Location names it")
    public Response draft(@NotNull(message = "a request body is required") @jakarta.validation.Valid NewContract body) {
        long id = registry.draft(body);
        ContractView view = registry.find(id);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(view).tag(tag(view)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One contract with its lines and amendments; its version is the ETag")
    @APIResponse(responseCode = "404", description = "no such contract, or not one of the caller's scope")
    public Response get(@PathParam("id") long id) {
        ContractView view = registry.find(id);
        return Response.ok(view).tag(tag(view)).build();
    }

    @GET
    @Path("{id}/usage")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Utilisation and spend: per line the places in use beside the funded places and the units"
            + " delivered with their cost; the contract's spend beside its budget ceiling and the share of its period gone by")
    @APIResponse(responseCode = "404", description = "no such contract, or not one of the caller's scope")
    public org.providernetwork.service.contract.ContractUsage usage(@PathParam("id") long id) {
        return registry.usage(id);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Activate a draft contract (If-Match required)")
    public Response activate(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return change(ifMatch, version -> registry.activate(id, version));
    }

    @POST
    @Path("{id}/terminate")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Terminate an active contract with a reason (If-Match required)")
    public Response terminate(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                              @NotNull(message = "a request body is required") Termination body) {
        return change(ifMatch, version -> registry.terminate(id, body.reason(), version));
    }

    @POST
    @Path("{id}/amendments")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Amend the period and budget as the next numbered amendment (If-Match required)")
    public Response amend(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull(message = "a request body is required") @jakarta.validation.Valid AmendmentRequest body) {
        return change(ifMatch, version -> registry.amend(id, body.description(), body.start(), body.end(),
                body.budgetCeiling(), version));
    }

    /** A performance target as sent. */
    public record TargetRequest(BigDecimal target, TargetDirection direction) {
    }

    @PUT
    @Path("{id}/targets/{indicator}")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Set the performance target on an indicator; on an active contract this is an amendment"
            + " (If-Match required)")
    public Response setTarget(@PathParam("id") long id, @PathParam("indicator") String indicator,
                              @HeaderParam("If-Match") String ifMatch,
                              @NotNull(message = "a request body is required") TargetRequest body) {
        Indicator parsed = Indicator.of(indicator);
        return change(ifMatch, version -> registry.setTarget(id, parsed, body.target(), body.direction(), version));
    }

    @DELETE
    @Path("{id}/targets/{indicator}")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Remove the performance target on an indicator (If-Match required)")
    public Response removeTarget(@PathParam("id") long id, @PathParam("indicator") String indicator,
                                 @HeaderParam("If-Match") String ifMatch) {
        Indicator parsed = Indicator.of(indicator);
        return change(ifMatch, version -> registry.removeTarget(id, parsed, version));
    }

    private Response change(String ifMatch, LongFunction<ContractView> action) {
        return IfMatch.apply(ifMatch, "contract", version -> {
            ContractView view = action.apply(version);
            return Response.ok(view).tag(tag(view)).build();
        });
    }

    private static EntityTag tag(ContractView view) {
        return IfMatch.tag(view.version());
    }
}
