package org.providernetwork.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP errors raised by the JAX-RS runtime (404 unknown path, 405, 406, 415, 403 from role checks...). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType type = original.getStatusInfo();
        String detail = switch (status) {
            case 401 -> "sign-in is required";
            case 403 -> "your role does not allow this";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 406 -> "this resource answers application/json";
            case 415 -> "send application/json";
            default -> status >= 500 ? "the request could not be completed" : type.getReasonPhrase();
        };
        if (status == 400 && e.getMessage() != null && !e.getMessage().startsWith("HTTP 400")) {
            detail = e.getMessage();
        }
        Response.ResponseBuilder builder = Response.status(status);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.type(Problem.PROBLEM_JSON)
                .entity(Problem.of(status, type.getReasonPhrase(), detail).at(uri == null ? null : uri.getRequestUri().getPath()))
                .build();
    }
}
