package org.providernetwork.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.providernetwork.service.outcome.AfcarsRejectedException;

/** An outcome extract with invalid rows: 422 with every problem as {@code rowErrors}, like a bulk import. */
@Provider
public class AfcarsRejectedMapper implements ExceptionMapper<AfcarsRejectedException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(AfcarsRejectedException e) {
        ImportRejectedMapper.RowProblem problem = new ImportRejectedMapper.RowProblem("about:blank", "Unprocessable Content",
                ImportRejectedMapper.UNPROCESSABLE, e.getMessage(), uri == null ? null : uri.getRequestUri().getPath(),
                e.report().errors());
        return Response.status(ImportRejectedMapper.UNPROCESSABLE).type(Problem.PROBLEM_JSON).entity(problem).build();
    }
}
