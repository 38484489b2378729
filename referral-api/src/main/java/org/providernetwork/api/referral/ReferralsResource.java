package org.providernetwork.api.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.api.Enums;
import org.providernetwork.api.IfMatch;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.referral.DeclineReason;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.service.referral.CursorPage;
import org.providernetwork.service.referral.GapRow;
import org.providernetwork.service.referral.MatchView;
import org.providernetwork.service.referral.ReferralFilter;
import org.providernetwork.service.referral.ReferralSummary;
import org.providernetwork.service.referral.ReferralView;
import org.providernetwork.service.referral.Referrals;

import java.time.LocalDate;
import java.util.List;

/**
 * Referrals: intake (idempotent with {@code Idempotency-Key}), lists read by cursor, the ranked matches with
 * their explanations, and the transitions of the referral's life. An illegal transition is 409.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralsResource {

    @Inject
    private java.time.Clock clock;

    @Inject
    private Referrals referrals;

    @Context
    private UriInfo uri;

    /** An answer to an offer. */
    public record OfferReply(Long offerId, String reason, String note) {
    }

    /** A note given with a transition (withdrawal reason, discharge note). */
    public record Note(String reason, String note) {
    }

    /** A manual offer: an offering among the matches, or the best one left when absent. */
    public record OfferRequest(Long offeringId) {
    }

    /** The offerings a referral is to wait on for a place. */
    public record WaitlistRequest(List<Long> offeringIds) {
    }

    @POST
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Take a referral in; it is matched and offered at once. A repeated request with the same"
            + " Idempotency-Key answers the referral the first one created")
    @APIResponse(responseCode = "201", description = "created (or, for a repeated key, 200 with the earlier referral)")
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used before with a different request; nothing created")
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey,
                           @NotNull(message = "a request body is required") ReferralRequest body) {
        Referrals.Intook intook = referrals.create(body.toIntake(), idempotencyKey);
        ReferralView view = intook.referral();
        Response.ResponseBuilder response = intook.repeated() ? Response.ok(view)
                : Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view);
        return response.tag(IfMatch.tag(view.version())).build();
    }

    @GET
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Referrals of the caller's scope, newest first; follow the next link (cursor) for more")
    public Response list(@QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("25") int size,
                         @Parameter(description = "REQUESTED, OFFERED, ACCEPTED, IN_PROGRESS, COMPLETED or CANCELLED")
                         @QueryParam("status") String status,
                         @QueryParam("urgency") String urgency, @QueryParam("region") String region,
                         @QueryParam("serviceType") String serviceType, @QueryParam("escalated") Boolean escalated,
                         @Parameter(description = "only referrals with an offer waiting for the caller's organisation")
                         @QueryParam("awaiting") @DefaultValue("false") boolean awaiting,
                         @Parameter(description = "only referrals whose number starts with this")
                         @QueryParam("number") String number) {
        CursorPage<ReferralSummary> page = referrals.search(new ReferralFilter(
                Enums.parse(ReferralStatus.class, "status", status), Enums.parse(Urgency.class, "urgency", urgency),
                region, serviceType, escalated, awaiting, number), cursor, size);
        Response.ResponseBuilder response = Response.ok(page);
        if (page.next() != null) {
            response.links(Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build()).rel("next").build());
        }
        return response.build();
    }

    @GET
    @Path("gaps")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "Unmet need by county, service type and need over ?from=&to= (default: the last " + org.providernetwork.domain.referral.UnmetNeed.REPORT_DAYS + " days)")
    public List<GapRow> gaps(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : date("to", to);
        LocalDate start = from == null || from.isBlank() ? org.providernetwork.domain.referral.UnmetNeed.reportStart(end) : date("from", from);
        return referrals.gaps(start, end);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One referral (a provider sees its own offers only)")
    @APIResponse(responseCode = "404", description = "no such referral, or not one the caller may see")
    public Response get(@PathParam("id") long id) {
        ReferralView view = referrals.find(id);
        return Response.ok(view).tag(IfMatch.tag(view.version())).build();
    }

    @GET
    @Path("{id}/matches")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "The ranked matches with each factor's contribution, and every excluded offering with why")
    public MatchView matches(@PathParam("id") long id) {
        return referrals.matches(id);
    }

    @POST
    @Path("{id}/offer")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Offer the referral to a match (offeringId), or to the best match not yet tried")
    public ReferralView offer(@PathParam("id") long id, OfferRequest body) {
        return referrals.offer(id, body == null ? null : body.offeringId());
    }

    @POST
    @Path("{id}/waitlist")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Put the referral on the waitlists of matches that have no free place ({\"offeringIds\": [...]});"
            + " a freed place is offered to the waiting referrals by urgency, then by waiting time")
    @APIResponse(responseCode = "400", description = "an offering that is no match for the referral, or none named")
    @APIResponse(responseCode = "409", description = "a place is free at an offering named (offer it instead), it was tried"
            + " already, or the referral is placed or ended")
    public ReferralView waitFor(@PathParam("id") long id,
                                @NotNull(message = "name the offerings: {\"offeringIds\": [...]}") WaitlistRequest body) {
        return referrals.waitFor(id, body.offeringIds());
    }

    @DELETE
    @Path("{id}/waitlist")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Take the referral off every waitlist it is on")
    public ReferralView leaveWaitlists(@PathParam("id") long id) {
        return referrals.leaveWaitlist(id, null);
    }

    @DELETE
    @Path("{id}/waitlist/{offeringId}")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Take the referral off one offering's waitlist")
    @APIResponse(responseCode = "404", description = "the referral does not wait on that offering")
    public ReferralView leaveWaitlist(@PathParam("id") long id, @PathParam("offeringId") long offeringId) {
        return referrals.leaveWaitlist(id, offeringId);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "Accept an offer made to the caller's organisation; its places are held at once")
    @APIResponse(responseCode = "409", description = "the offer is no longer open, its window closed, no place is free, or"
            + " another acceptance of it won at the same moment")
    public ReferralView accept(@PathParam("id") long id, @NotNull(message = "name the offer: {\"offerId\": ...}") OfferReply body) {
        return referrals.accept(id, offerId(body));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "Decline an offer (or give back an accepted one) with a reason: AT_CAPACITY,"
            + " OUTSIDE_SERVICE_AREA, NOT_ELIGIBLE, MISSING_DOCUMENTS or OTHER with a note")
    public ReferralView decline(@PathParam("id") long id, @NotNull(message = "a request body is required") OfferReply body) {
        return referrals.decline(id, offerId(body), Enums.parse(DeclineReason.class, "reason", body.reason()), body.note());
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Withdraw the referral, with a reason; held places are given back")
    public ReferralView withdraw(@PathParam("id") long id, @NotNull(message = "a request body is required") Note body) {
        return referrals.withdraw(id, body.reason());
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "The accepting provider starts the service")
    public ReferralView start(@PathParam("id") long id) {
        return referrals.start(id);
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "The service ended; its places are given back. With a discharge reason (REUNIFICATION,"
            + " LIVING_WITH_RELATIVE, GUARDIANSHIP, ADOPTION, EMANCIPATION, TRANSFER, RUNAWAY, DEATH) in \"reason\" the"
            + " child leaves care; without one only this placement ends")
    public ReferralView complete(@PathParam("id") long id, Note body) {
        return referrals.complete(id, body == null ? null : body.note(), body == null ? null
                : Enums.parse(org.providernetwork.domain.outcome.DischargeReason.class, "reason", body.reason()));
    }

    private static long offerId(OfferReply body) {
        if (body == null || body.offerId() == null) {
            throw new InvalidInputException("offerId", "name the offer: {\"offerId\": ...}");
        }
        return body.offerId();
    }

    private static LocalDate date(String field, String value) {
        return org.providernetwork.domain.shared.Limits.parseDate(field, value);
    }
}
