package org.providernetwork.api.quality;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.api.IfMatch;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.quality.GoalStatus;
import org.providernetwork.domain.quality.StepStatus;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.service.quality.ImprovementPlans;
import org.providernetwork.service.quality.QualityViews.OverdueStep;
import org.providernetwork.service.quality.QualityViews.PlanSummary;
import org.providernetwork.service.quality.QualityViews.PlanView;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Program improvement plans: a region's lead (or state CQI staff) opens a plan, adds goals tied to a
 * component or an indicator and action steps with owner and due date, notes progress, settles goals as met
 * or withdrawn (with a reason) and closes the plan when no goal is open. Changes need If-Match.
 */
@Path("quality/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality improvement")
public class PlansResource {

    @Inject
    private ImprovementPlans plans;

    @Context
    private UriInfo uri;

    public record GoalRequest(String statement,
                              @jakarta.validation.constraints.Size(max = org.providernetwork.domain.quality.PlanGoal.COMPONENT_LENGTH)
                              String component, String indicator) {
    }

    public record StepRequest(String action, String owner, LocalDate dueOn) {
    }

    public record StepStatusRequest(String status) {
    }

    public record Settlement(String outcome, String note) {
    }

    public record NoteRequest(String note) {
    }

    @GET
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "Plans of the caller's scope (?region=, ?open=true)")
    public List<PlanSummary> list(@QueryParam("region") String region, @QueryParam("open") @DefaultValue("false") boolean open) {
        return plans.plans(region, open);
    }

    @POST
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Open a plan for a region (a lead: its own) or a county of it, optionally tied to a cycle")
    public Response open(@NotNull(message = "a request body is required") ImprovementPlans.NewPlan body) {
        PlanView view = plans.open(body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.summary().id())).build())
                .entity(view).tag(IfMatch.tag(view.version())).build();
    }

    @GET
    @Path("overdue")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Overdue steps: ?mine=true those the caller owns, otherwise those of the plans the caller may see")
    public List<OverdueStep> overdue(@QueryParam("mine") @DefaultValue("false") boolean mine) {
        return mine ? plans.overdueForMe() : plans.overdueInScope();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One plan with its goals, steps and notes")
    public Response plan(@PathParam("id") long id) {
        PlanView view = plans.plan(id);
        return Response.ok(view).tag(IfMatch.tag(view.version())).build();
    }

    @POST
    @Path("{id}/goals")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Add a goal tied to a component code or an indicator")
    public Response addGoal(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a request body is required") @jakarta.validation.Valid GoalRequest body) {
        return IfMatch.apply(ifMatch, "plan", version -> ok(plans.addGoal(id, new ImprovementPlans.NewGoal(body.statement(),
                body.component(), indicator(body.indicator())), version)));
    }

    @POST
    @Path("{id}/goals/{goalId}/steps")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Add an action step with its owner (a username) and due date")
    public Response addStep(@PathParam("id") long id, @PathParam("goalId") long goalId, @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a request body is required") StepRequest body) {
        return IfMatch.apply(ifMatch, "plan", version -> ok(plans.addStep(id, goalId,
                new ImprovementPlans.NewStep(body.action(), body.owner(), body.dueOn()), version)));
    }

    @POST
    @Path("{id}/goals/{goalId}/outcome")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Settle a goal: MET (with an optional note) or WITHDRAWN (with a reason)")
    public Response settle(@PathParam("id") long id, @PathParam("goalId") long goalId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull(message = "a request body is required") Settlement body) {
        GoalStatus outcome;
        try {
            outcome = GoalStatus.valueOf(body.outcome() == null ? "" : body.outcome().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "MET or WITHDRAWN");
        }
        return IfMatch.apply(ifMatch, "plan", version -> ok(plans.settleGoal(id, goalId, outcome, body.note(), version)));
    }

    @PUT
    @Path("{id}/steps/{stepId}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Set a step's status (the plan's writers or the step's owner): NOT_STARTED, IN_PROGRESS, DONE, DROPPED")
    public PlanView updateStep(@PathParam("id") long id, @PathParam("stepId") long stepId,
                               @NotNull(message = "a request body is required") StepStatusRequest body) {
        StepStatus status;
        try {
            status = StepStatus.valueOf(body.status() == null ? "" : body.status().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "NOT_STARTED, IN_PROGRESS, DONE or DROPPED");
        }
        return plans.updateStep(id, stepId, status);
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER})
    @Operation(summary = "Add a progress note")
    public PlanView addNote(@PathParam("id") long id, @NotNull(message = "a request body is required") NoteRequest body) {
        return plans.addNote(id, body.note());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Close the plan: only when every goal is met or withdrawn (409 otherwise)")
    public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return IfMatch.apply(ifMatch, "plan", version -> ok(plans.close(id, version)));
    }

    private static Response ok(PlanView view) {
        return Response.ok(view).tag(IfMatch.tag(view.version())).build();
    }

    private static Indicator indicator(String code) {
        return code == null || code.isBlank() ? null : Indicator.of(code);
    }
}
