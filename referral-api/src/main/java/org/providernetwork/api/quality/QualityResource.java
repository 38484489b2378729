package org.providernetwork.api.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.api.IfMatch;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.quality.Instrument;
import org.providernetwork.domain.quality.ImplementationStage;
import org.providernetwork.service.quality.CaseReviews;
import org.providernetwork.service.quality.ImplementationStages;
import org.providernetwork.service.quality.QualityReports;
import org.providernetwork.service.quality.QualityViews.ComparisonRow;
import org.providernetwork.service.quality.QualityViews.CycleSummary;
import org.providernetwork.service.quality.QualityViews.CycleView;
import org.providernetwork.service.quality.QualityViews.InstrumentView;
import org.providernetwork.service.quality.QualityViews.RegionReport;
import org.providernetwork.service.quality.QualityViews.ReviewSummary;
import org.providernetwork.service.quality.QualityViews.ReviewView;
import org.providernetwork.service.quality.QualityViews.ReviewerRegionView;
import org.providernetwork.service.quality.QualityViews.StageView;
import org.providernetwork.service.quality.QualityViews.StatewideRow;
import org.providernetwork.service.quality.ReviewInstruments;

import java.time.LocalDate;
import java.util.List;

/**
 * Quality improvement: the review instrument and its versions, review cycles and their samples, case
 * reviews (a reviewer records interviews and ratings), region and statewide results, reviewer regions and
 * the implementation timeline. Another tenant's (or another reviewer region's) record is 404.
 */
@Path("quality")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality improvement")
public class QualityResource {

    @Inject
    private ReviewInstruments instruments;

    @Inject
    private CaseReviews reviews;

    @Inject
    private QualityReports reports;

    @Inject
    private ImplementationStages stages;

    @Context
    private UriInfo uri;

    /** A new instrument version: title and components with their items. */
    public record NewInstrument(String title, List<Instrument.ComponentDraft> components) {
    }

    public record Assignment(String reviewer) {
    }

    public record RegionAssignment(String username, String region) {
    }

    public record StageRequest(String stage, LocalDate startsOn, LocalDate endsOn, String note) {
    }

    @GET
    @Path("instrument")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "The newest version of the case review instrument")
    public InstrumentView current() {
        return instruments.current();
    }

    @GET
    @Path("instruments")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Every version of the instrument, newest first")
    public List<InstrumentView> versions() {
        return instruments.versions();
    }

    @GET
    @Path("instruments/{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One version of the instrument")
    public InstrumentView instrument(@PathParam("id") long id) {
        return instruments.find(id);
    }

    @POST
    @Path("instruments")
    @RolesAllowed(Roles.STATE_STAFF)
    @Operation(summary = "Publish the next version of the instrument (components with items); cycles keep theirs")
    public Response publish(@NotNull(message = "a request body is required") NewInstrument body) {
        InstrumentView view = instruments.publish(body.title(), body.components());
        return Response.created(uri.getBaseUriBuilder().path("quality/instruments/" + view.id()).build()).entity(view).build();
    }

    @GET
    @Path("cycles")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "Review cycles of the caller's scope (?region= narrows)")
    public List<CycleSummary> cycles(@QueryParam("region") String region) {
        return reviews.cycles(region);
    }

    @POST
    @Path("cycles")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Plan a review cycle: region, kind (BASELINE, FOLLOW_UP, PEER, COUNTY_TEAM), period, sample size and seed;"
            + " a region's lead plans the interim kinds (PEER, COUNTY_TEAM) of its own region")
    public Response plan(@NotNull(message = "a request body is required") CaseReviews.NewCycle body) {
        CycleSummary cycle = reviews.plan(body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(cycle.id())).build()).entity(cycle).build();
    }

    @GET
    @Path("cycles/{id}")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "One cycle with its sampled cases")
    public CycleView cycle(@PathParam("id") long id) {
        return reviews.cycle(id);
    }

    @POST
    @Path("cycles/{id}/sample")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Draw the cycle's sample (seeded, stratified by service type and urgency) from the region's served referrals")
    public CycleView sample(@PathParam("id") long id) {
        return reviews.drawSample(id);
    }

    @POST
    @Path("cycles/{id}/close")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Close a cycle in review")
    public CycleSummary close(@PathParam("id") long id) {
        return reviews.close(id);
    }

    @GET
    @Path("reviews")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Completed case reviews of the caller's scope (a provider: the feedback on the cases it served)")
    public List<ReviewSummary> completed(@QueryParam("region") String region) {
        return reviews.completed(region);
    }

    @GET
    @Path("reviews/mine")
    @RolesAllowed({Roles.CQI_REVIEWER, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Case reviews assigned to the caller and not completed")
    public List<ReviewSummary> mine() {
        return reviews.assignedToMe();
    }

    @GET
    @Path("reviews/{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One case review: interviews, ratings with rationale, component scores, feedback")
    public Response review(@PathParam("id") long id) {
        ReviewView view = reviews.review(id);
        return Response.ok(view).tag(IfMatch.tag(view.version())).build();
    }

    @PUT
    @Path("reviews/{id}")
    @RolesAllowed({Roles.CQI_REVIEWER, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Record interviews, ratings (each with a rationale) and feedback; complete=true completes the review")
    public Response record(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull(message = "a request body is required") CaseReviews.ReviewInput body) {
        return IfMatch.apply(ifMatch, "review", version -> {
            ReviewView view = reviews.record(id, body, version);
            return Response.ok(view).tag(IfMatch.tag(view.version())).build();
        });
    }

    @PUT
    @Path("reviews/{id}/reviewer")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Assign the case to a reviewer working in its region")
    public ReviewView assign(@PathParam("id") long id, @NotNull(message = "a request body is required") Assignment body) {
        return reviews.assign(id, body.reviewer());
    }

    @GET
    @Path("reports/{region}")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "A region's results: baseline against follow-up per component, items, indicators, cases")
    public RegionReport report(@PathParam("region") String region) {
        return reports.region(region);
    }

    @GET
    @Path("reports")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "One row per visible region: latest baseline and follow-up overall shares, reviews, stage, open plans")
    public List<StatewideRow> statewide() {
        return reports.statewide();
    }

    @GET
    @Path("reports/components")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "Component shares over every visible region, baselines against follow-ups")
    public List<ComparisonRow> statewideComponents() {
        return reports.statewideComponents();
    }

    @GET
    @Path("reviewers")
    @RolesAllowed({Roles.STATE_STAFF, Roles.AUDITOR})
    @Operation(summary = "Which reviewer works in which region")
    public List<ReviewerRegionView> reviewerRegions() {
        return reviews.reviewerRegions();
    }

    @POST
    @Path("reviewers")
    @RolesAllowed(Roles.STATE_STAFF)
    @Operation(summary = "Assign a CQI reviewer to a region")
    public Response assignRegion(@NotNull(message = "a request body is required") RegionAssignment body) {
        ReviewerRegionView view = reviews.assignRegion(body.username(), body.region());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @DELETE
    @Path("reviewers/{assignmentId}")
    @RolesAllowed(Roles.STATE_STAFF)
    @Operation(summary = "End a reviewer's assignment to a region")
    public Response unassignRegion(@PathParam("assignmentId") long assignmentId) {
        reviews.unassignRegion(assignmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("stages")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "The statewide implementation timeline: each region's stages with dates")
    public List<StageView> timeline() {
        return stages.timeline();
    }

    @PUT
    @Path("stages/{region}")
    @RolesAllowed(Roles.STATE_STAFF)
    @Operation(summary = "Set the dates of a region's stage (PLANNING, INITIAL_IMPLEMENTATION, ONGOING)")
    public StageView setStage(@PathParam("region") String region, @NotNull(message = "a request body is required") StageRequest body) {
        return stages.set(region, parse(body.stage()), body.startsOn(), body.endsOn(), body.note());
    }

    private static ImplementationStage parse(String stage) {
        try {
            return stage == null ? null : ImplementationStage.valueOf(stage.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.providernetwork.domain.shared.InvalidInputException("stage", "PLANNING, INITIAL_IMPLEMENTATION or ONGOING");
        }
    }
}
