package org.providernetwork.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.network.PageDto;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.audit.AuditEventView;
import org.providernetwork.service.audit.AuditFilter;
import org.providernetwork.service.audit.AuditTrail;

import java.time.LocalDate;

/** The audit trail, newest first: auditors only. */
@Path("audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditEventsResource {

    @Inject
    private AuditTrail trail;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Search the audit trail by user, organisation (by its people or about it), child (its key),"
            + " referral, entity, request and period (from/to: YYYY-MM-DD, inclusive)")
    public PageDto<AuditEventView> search(@QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("50") int size,
                                          @QueryParam("user") String user,
                                          @QueryParam("organization") Long organisation,
                                          @QueryParam("entity") String entity,
                                          @QueryParam("entityId") String entityId,
                                          @QueryParam("from") String from,
                                          @QueryParam("to") String to,
                                          @QueryParam("child") String child,
                                          @QueryParam("referral") Long referral,
                                          @QueryParam("requestId") String requestId) {
        AuditFilter filter = new AuditFilter(user, organisation, entity, entityId, date("from", from), date("to", to), child,
                referral, requestId);
        return PageDto.of(trail.search(filter, PageRequest.of(page, size)), e -> e);
    }

    private static LocalDate date(String field, String value) {
        return org.providernetwork.domain.shared.Limits.parseDate(field, value);
    }
}
