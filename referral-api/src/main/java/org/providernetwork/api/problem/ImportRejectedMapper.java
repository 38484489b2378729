package org.providernetwork.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.providernetwork.service.imports.ImportRejectedException;
import org.providernetwork.service.imports.RowError;

import java.util.List;

/** An import file with invalid rows: 422, with every row error as the {@code rowErrors} extension member. */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

    static final int UNPROCESSABLE = 422;

    @Context
    private UriInfo uri;

    /** A problem document with the row errors of an import file. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "rowErrors"})
    public record RowProblem(String type, String title, int status, String detail, String instance,
                             List<RowError> rowErrors) {
    }

    @Override
    public Response toResponse(ImportRejectedException e) {
        RowProblem problem = new RowProblem("about:blank", "Unprocessable Content", UNPROCESSABLE, e.getMessage(),
                uri == null ? null : uri.getRequestUri().getPath(), e.report().errors());
        return Response.status(UNPROCESSABLE).type(Problem.PROBLEM_JSON).entity(problem).build();
    }
}
