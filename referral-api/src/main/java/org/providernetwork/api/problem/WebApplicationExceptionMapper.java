package org.providernetwork.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.providernetwork.api.StrictParams;

import java.util.List;

/**
 * HTTP errors raised by the JAX-RS runtime (404 unknown path, 405, 406, 415, 403 from role checks...); a path,
 * query or header value that cannot be read is 400 naming the parameter.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        String path = uri == null ? null : uri.getRequestUri().getPath();
        String parameter = parameter(e);
        if (parameter != null) {
            String detail = e instanceof StrictParams.InvalidParameterException ? e.getMessage()
                    : parameter + ": not a valid value for this parameter";
            return Problem.of(Response.Status.BAD_REQUEST, detail)
                    .withErrors(List.of(new Problem.FieldError(parameter, detail.substring(parameter.length() + 2))))
                    .at(path).toResponse();
        }
        Response original = e.getResponse();
        if (original.hasEntity() && original.getEntity() instanceof Problem problem) {
            return problem.at(path).toResponse(); // already a problem document (a strictly read body, say)
        }
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
        List<Problem.FieldError> errors = List.of();
        if (status == 400) {
            // the runtime's own 400s are about a body it could not read (empty, broken multipart, ...)
            detail = detail.equals(type.getReasonPhrase()) ? "the request body could not be read" : detail;
            errors = List.of(new Problem.FieldError("body", detail));
        }
        Response.ResponseBuilder builder = Response.status(status);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.type(Problem.PROBLEM_JSON)
                .entity(Problem.of(status, type.getReasonPhrase(), detail).withErrors(errors).at(path))
                .build();
    }

    /**
     * The parameter a path, query or header value could not be read for: ours name it; the runtime's own
     * parameter exceptions (404 for path and query values by default) name it through getParameterName.
     */
    static String parameter(WebApplicationException e) {
        if (e instanceof StrictParams.InvalidParameterException invalid) {
            return invalid.parameter();
        }
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
                try {
                    Object name = type.getMethod("getParameterName").invoke(e);
                    return name == null ? "parameter" : name.toString();
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    return "parameter";
                }
            }
        }
        return null;
    }
}
