package org.providernetwork.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.service.notification.WebhookView;
import org.providernetwork.service.notification.Webhooks;

import java.util.List;

/** An organisation's webhooks, managed by that organisation only (any other caller gets 404). */
@Path("organizations/{organizationId}/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class WebhooksResource {

    @Inject
    private Webhooks webhooks;

    /** A new webhook: HTTPS URL (plain http only to the loopback interface) and the event types it wants. */
    public record NewWebhook(String url, List<String> eventTypes) {
    }

    @GET
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "The organisation's webhooks (without their secrets)")
    public List<WebhookView> list(@PathParam("organizationId") long organization) {
        return webhooks.of(organization);
    }

    @POST
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Add a webhook; the answer carries its shared secret, shown only this once")
    @APIResponse(responseCode = "201", description = "added; Location names it")
    @APIResponse(responseCode = "400", description = "not an https URL, or an unknown event type")
    @APIResponse(responseCode = "404", description = "not the caller's own organisation")
    public Response create(@PathParam("organizationId") long organization, @Context UriInfo uri,
                           @NotNull(message = "a request body is required") NewWebhook body) {
        WebhookView created = webhooks.create(organization, body.url(), body.eventTypes());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    @Operation(summary = "Remove a webhook")
    @APIResponse(responseCode = "204", description = "removed")
    public Response delete(@PathParam("organizationId") long organization, @PathParam("id") String id) {
        webhooks.delete(organization, id);
        return Response.noContent().build();
    }
}
