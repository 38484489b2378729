package org.providernetwork.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.service.notification.Deliveries;
import org.providernetwork.service.notification.FailedDelivery;
import org.providernetwork.service.notification.NotificationPreferences;
import org.providernetwork.service.notification.PreferenceView;

import java.util.List;
import java.util.Map;

/** Failed deliveries (state staff) and notification preferences (each user their own; an admin its users'). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {

    @Inject
    private Deliveries deliveries;

    @Inject
    private NotificationPreferences preferences;

    @GET
    @Path("deliveries")
    @RolesAllowed(Access.STATE_STAFF)
    @Operation(summary = "Deliveries given up (status=FAILED, the default) or being retried after an error"
            + " (status=PENDING), newest first, with the last error")
    public List<FailedDelivery> deliveries(@QueryParam("status") String status,
                                           @QueryParam("size") @DefaultValue("100") int size) {
        return deliveries.list(status, size);
    }

    @POST
    @Path("deliveries/{id}/retry")
    @RolesAllowed(Access.STATE_STAFF)
    @Operation(summary = "Put a failed delivery back in the queue (same delivery id)")
    @APIResponse(responseCode = "204", description = "queued again")
    @APIResponse(responseCode = "409", description = "the delivery has not failed")
    public Response retry(@PathParam("id") String id) {
        deliveries.retry(id);
        return Response.noContent().build();
    }

    @GET
    @Path("preferences")
    @RolesAllowed(Access.ANY_ROLE)
    @Operation(summary = "Notification preferences of the caller, or of ?account=<id> of the caller's organisation (admins)")
    public List<PreferenceView> preferences(@QueryParam("account") Long account) {
        return preferences.of(account);
    }

    @PUT
    @Path("preferences")
    @RolesAllowed(Access.ANY_ROLE)
    @Operation(summary = "Set preferences: an object of event type to IMMEDIATE, DIGEST or OFF")
    public List<PreferenceView> setPreferences(@QueryParam("account") Long account,
                                               @NotNull(message = "a request body is required") Map<String, String> modes) {
        return preferences.set(account, modes);
    }
}
