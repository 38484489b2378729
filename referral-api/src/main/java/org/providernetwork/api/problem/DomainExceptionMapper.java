package org.providernetwork.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.domain.shared.UnprocessableException;

import java.util.List;

/** Broken domain rules: 400 invalid input, 404 unknown (or unseen) records, 409 conflicts, 412 stale versions,
 * 422 a request that contradicts an earlier one (an idempotency key reused with another body). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        return problem(e).at(uri == null ? null : uri.getRequestUri().getPath()).toResponse();
    }

    static Problem problem(DomainException e) {
        if (e instanceof UnprocessableException) {
            Problem problem = Problem.of(422, "Unprocessable Content", e.getMessage());
            return e.field() == null ? problem : problem.withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
        Response.Status status = e instanceof NotFoundException ? Response.Status.NOT_FOUND
                : e instanceof ConflictException ? Response.Status.CONFLICT
                : e instanceof StaleVersionException ? Response.Status.PRECONDITION_FAILED
                : e instanceof org.providernetwork.domain.shared.NotPermittedException ? Response.Status.FORBIDDEN
                : Response.Status.BAD_REQUEST;
        Problem problem = Problem.of(status, e.getMessage());
        return e.field() == null ? problem : problem.withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }
}
