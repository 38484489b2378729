package org.providernetwork.api.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.service.outcome.IndicatorReport;
import org.providernetwork.service.outcome.Reports;

import java.time.LocalDate;

/** Outcome indicators over a period, cut by region, county, provider or contract within the caller's scope. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportsResource {

    private static final String PERIOD = "FFY<year> (federal fiscal year: FFY2026 is 2025-10-01 to 2026-09-30) or"
            + " CY<year> (calendar year); instead of from/to";

    @Inject
    private Reports reports;

    @GET
    @Path("indicators")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Every indicator (CFSR statewide data indicators and continuum-of-care measures) with"
            + " numerator, denominator, value and the cohort it follows, for a federal fiscal or calendar year"
            + " (?period=FFY2026, ?period=CY2025) or a window (?from=&to=); default: the latest complete federal fiscal year")
    public IndicatorReport indicators(@Parameter(description = PERIOD) @QueryParam("period") String period,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("region") String region, @QueryParam("county") String county,
                                      @QueryParam("provider") Long provider, @QueryParam("contract") Long contract,
                                      @Parameter(description = "a lead contractor's network (state roles)")
                                      @QueryParam("lead") Long lead) {
        return reports.indicators(query(period, from, to, region, county, provider, contract, lead));
    }

    @GET
    @Path("indicators/{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "The children (or offers) counted in one indicator's numerator and denominator")
    public IndicatorReport.DrillDown drillDown(@PathParam("id") String id,
                                               @Parameter(description = "as for the list") @QueryParam("period") String period,
                                               @QueryParam("from") String from,
                                               @QueryParam("to") String to, @QueryParam("region") String region,
                                               @QueryParam("county") String county, @QueryParam("provider") Long provider,
                                               @QueryParam("contract") Long contract, @QueryParam("lead") Long lead) {
        return reports.drillDown(id, query(period, from, to, region, county, provider, contract, lead));
    }

    private static Reports.Query query(String period, String from, String to, String region, String county, Long provider,
                                       Long contract, Long lead) {
        return new Reports.Query(period, date("from", from), date("to", to), region, county, provider, contract, lead);
    }

    private static LocalDate date(String field, String value) {
        return org.providernetwork.domain.shared.Limits.parseDate(field, value);
    }
}
