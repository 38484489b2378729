package org.providernetwork.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.api.network.PageDto;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.account.People;
import org.providernetwork.service.account.PersonView;

/**
 * User accounts. The state sees everyone; a regional lead its own people and those of its region's
 * providers; a provider its own people. Anything else answers 404.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class AccountsResource {

    @Inject
    private People people;

    @GET
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Accounts the caller's organisation may see, by name")
    public PageDto<PersonView> list(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("25") int size,
                                    @QueryParam("organization") Long organisation,
                                    @QueryParam("name") String name) {
        return PageDto.of(people.search(organisation, name, PageRequest.of(page, size)), p -> p);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One account")
    @APIResponse(responseCode = "404", description = "no such account, or not one the caller may see")
    public PersonView get(@PathParam("id") long id) {
        return people.find(id);
    }
}
