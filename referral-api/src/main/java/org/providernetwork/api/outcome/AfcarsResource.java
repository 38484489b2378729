package org.providernetwork.api.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.UploadLimits;
import org.providernetwork.service.outcome.AfcarsFiles;
import org.providernetwork.service.outcome.AfcarsImport;
import org.providernetwork.service.outcome.AfcarsReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An AFCARS-style extract of the state's history: four CSV files as multipart parts, adding and updating children ({@code docs/outcome-data.md}). */
@Path("imports/afcars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome data")
public class AfcarsResource {

    private static final Set<String> PARTS = Set.of("children", "episodes", "placements", "maltreatment");

    @Inject
    private AfcarsImport afcars;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.STATE_STAFF)
    @Operation(summary = "Import an extract (format 1 or 2, told apart by the header of children.csv): parts children, episodes,"
            + " placements and (optional) maltreatment, UTF-8 CSV, each at most " + UploadLimits.OUTCOME_EXTRACT_FILE_MEGABYTES
            + " MB; ?dryRun=true only checks and says what it would change. Children already in the history are updated"
            + " (episodes closed, corrected or added; placements and reports replaced or added). All or nothing: any invalid"
            + " row and nothing is written (422 with every row error)")
    @APIResponse(responseCode = "201", description = "written; the body counts the rows and says what changed (changes)")
    @APIResponse(responseCode = "422", description = "invalid rows; nothing written")
    public Response upload(List<EntityPart> parts, @QueryParam("dryRun") @jakarta.ws.rs.DefaultValue("false") boolean dryRun) throws IOException {
        Map<String, String> files = new HashMap<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (!PARTS.contains(part.getName())) {
                throw new InvalidInputException(part.getName(), "unexpected part; send children, episodes, placements, maltreatment");
            }
            try (InputStream in = part.getContent()) {
                byte[] bytes = in.readNBytes(UploadLimits.OUTCOME_EXTRACT_FILE_BYTES + 1);
                if (bytes.length > UploadLimits.OUTCOME_EXTRACT_FILE_BYTES) {
                    throw new InvalidInputException(part.getName(), UploadLimits.tooLarge(UploadLimits.OUTCOME_EXTRACT_FILE_MEGABYTES));
                }
                files.put(part.getName(), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        AfcarsFiles extract = new AfcarsFiles(files.get("children"), files.get("episodes"), files.get("placements"),
                files.get("maltreatment"));
        if (dryRun) {
            return Response.ok(afcars.check(extract)).build();
        }
        AfcarsReport written = afcars.apply(extract, null);
        return Response.status(Response.Status.CREATED).entity(written).build();
    }
}
