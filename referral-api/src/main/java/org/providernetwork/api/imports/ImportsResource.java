package org.providernetwork.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.UploadLimits;
import org.providernetwork.service.imports.BulkImport;
import org.providernetwork.service.imports.ImportResult;


/**
 * Bulk import of providers, offerings and capacity: the body is the CSV file (UTF-8) described in
 * {@code docs/bulk-import.md}, or an Excel workbook (xlsx) whose first sheet has the same columns. A dry run answers the report; otherwise a valid file is written whole and
 * an invalid one not at all (422 with the row errors).
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"text/csv", MediaType.TEXT_PLAIN, ImportsResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
@Tag(name = "Imports")
public class ImportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private BulkImport imports;

    /** What an applied import wrote. */
    public record Imported(int organisationsCreated, int offeringsCreated, int capacitiesDeclared, long millis) {

        static Imported from(ImportResult result) {
            return new Imported(result.organisationsCreated(), result.offeringsCreated(), result.capacitiesDeclared(),
                    result.millis());
        }
    }

    @POST
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN})
    @Operation(summary = "Import organisations, offerings and capacity from a CSV file or an xlsx workbook, all rows or none")
    @APIResponse(responseCode = "200", description = "dry run: the validation report (valid or not); nothing written")
    @APIResponse(responseCode = "201", description = "imported: what was written")
    @APIResponse(responseCode = "409", description = "the network changed while importing; nothing written")
    @APIResponse(responseCode = "422", description = "invalid rows (listed in rowErrors); nothing written")
    public Response importFile(@Parameter(description = "true: check the file and report, write nothing")
                               @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("file", "send the CSV file (Content-Type: text/csv) or an Excel workbook (xlsx)"
                    + " as the request body");
        }
        if (body.length > UploadLimits.BULK_IMPORT_BYTES) {
            throw new InvalidInputException("file", UploadLimits.tooLarge(UploadLimits.BULK_IMPORT_MEGABYTES));
        }
        String content = org.providernetwork.service.imports.ImportFile.text(body);
        if (dryRun) {
            return Response.ok(ImportReportDto.from(imports.validate(content))).build();
        }
        return Response.status(Response.Status.CREATED).entity(Imported.from(imports.apply(content))).build();
    }
}
