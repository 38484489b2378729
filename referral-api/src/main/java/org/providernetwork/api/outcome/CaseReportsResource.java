package org.providernetwork.api.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Enums;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.service.outcome.CaseRecord;
import org.providernetwork.service.outcome.CaseReports;

import java.time.LocalDate;

/**
 * Outcome reporting on a referral by the provider serving it: placement moves, discharges, school changes,
 * maltreatment incidents, reassessments of needs and service units per contract line. Each answer is the
 * referral's outcome record as it now stands. Moves are derived from consecutive placements, never typed in.
 */
@Path("referrals/{id}/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome reporting")
public class CaseReportsResource {

    private static final String REPORTERS_NOTE = "the serving provider or state staff; 409 before the service started";

    @Inject
    private CaseReports reports;

    /** A move: {@code child} from 1, or absent for every child of the referral. */
    public record MoveRequest(Integer child, LocalDate startDate, String setting, String countyFips, Long providerId) {
    }

    public record DischargeRequest(Integer child, LocalDate dischargeDate, String reason, String note) {
    }

    @GET
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF, Roles.CQI_REVIEWER,
            Roles.AUDITOR})
    @Operation(summary = "The referral's outcome record: episodes, placements with derived moves, school changes,"
            + " incidents, reassessments, service units and the contract lines they may be reported against")
    @APIResponse(responseCode = "404", description = "no such referral, or not one the caller serves or oversees")
    public CaseRecord get(@PathParam("id") long id) {
        return reports.record(id);
    }

    @POST
    @Path("placements")
    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "A move to a new placement from startDate (setting: KIN, FOSTER_HOME, THERAPEUTIC_FOSTER_HOME,"
            + " GROUP_HOME, INSTITUTION, SHELTER, SUPERVISED_INDEPENDENT_LIVING, TRIAL_HOME_VISIT, RUNAWAY, HOSPITAL,"
            + " RESPITE: the last three are temporary absences, not moves); the open"
            + " placement ends that day; " + REPORTERS_NOTE)
    public CaseRecord move(@PathParam("id") long id, @NotNull(message = "a request body is required") MoveRequest body) {
        return reports.move(id, new CaseReports.PlacementChange(body.child(), body.startDate(),
                Enums.parse(Setting.class, "setting", body.setting()), body.countyFips(), body.providerId()));
    }

    @POST
    @Path("discharge")
    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "Discharge from care with a reason (REUNIFICATION, LIVING_WITH_RELATIVE, GUARDIANSHIP, ADOPTION,"
            + " EMANCIPATION, TRANSFER, RUNAWAY, DEATH); closes the open placement and the episode; " + REPORTERS_NOTE)
    public CaseRecord discharge(@PathParam("id") long id, @NotNull(message = "a request body is required") DischargeRequest body) {
        return reports.discharge(id, new CaseReports.Discharge(body.child(), body.dischargeDate(),
                Enums.parse(DischargeReason.class, "reason", body.reason()), body.note()));
    }

    @POST
    @Path("school-changes")
    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "A change of school while in care; " + REPORTERS_NOTE)
    public CaseRecord schoolChange(@PathParam("id") long id,
                                   @NotNull(message = "a request body is required") CaseReports.SchoolChange body) {
        return reports.schoolChange(id, body);
    }

    @POST
    @Path("incidents")
    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "A maltreatment report while in care (reportDate, substantiated); " + REPORTERS_NOTE)
    public CaseRecord incident(@PathParam("id") long id,
                               @NotNull(message = "a request body is required") CaseReports.Incident body) {
        return reports.incident(id, body);
    }

    @POST
    @Path("reassessments")
    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "Needs assessed again: {\"assessedOn\": ..., \"ratings\": {\"TRAUMA\": 1, ...}} with ratings 0-3; "
            + REPORTERS_NOTE)
    public CaseRecord reassess(@PathParam("id") long id,
                               @NotNull(message = "a request body is required") CaseReports.ReassessmentReport body) {
        return reports.reassess(id, body);
    }

    @POST
    @Path("service-units")
    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    @Operation(summary = "Units delivered (days, sessions, hours or cases) on a day under a contract line (contractLineId,"
            + " or the serving provider's line for the service on that day); priced at the line's rate; " + REPORTERS_NOTE)
    public CaseRecord units(@PathParam("id") long id,
                            @NotNull(message = "a request body is required") CaseReports.UnitsReport body) {
        return reports.units(id, body);
    }
}
