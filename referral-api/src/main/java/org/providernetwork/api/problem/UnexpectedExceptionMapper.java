package org.providernetwork.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.service.platform.DatabaseOutage;
import org.providernetwork.service.platform.DatabaseReadiness;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Container wrappers are unwrapped to the cause the other mappers know; a refused EJB
 * role check is 403; unreadable JSON is 400; an unreachable database is 503 with {@code Retry-After}; anything unexpected is logged with an id and answered
 * 500 with that id only (never a stack trace, never SQL).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private UriInfo uri;

    @Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        String path = uri == null ? null : uri.getRequestUri().getPath();
        Throwable cause = unwrap(error);
        if (cause instanceof DomainException domain) {
            return DomainExceptionMapper.problem(domain).at(path).toResponse();
        }
        if (cause instanceof ConstraintViolationException violation) {
            return ValidationExceptionMapper.problem(violation).at(path).toResponse();
        }
        if (cause instanceof EJBAccessException || hasCause(error, EJBAccessException.class)
                || hasCause(error, jakarta.ejb.AccessLocalException.class)) {
            return Problem.of(Response.Status.FORBIDDEN, "your role does not allow this").at(path).toResponse();
        }
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        if (cause instanceof jakarta.persistence.OptimisticLockException || hasCause(error, jakarta.persistence.OptimisticLockException.class)
                || hasCause(error, jakarta.persistence.PessimisticLockException.class)
                || hasCause(error, jakarta.persistence.LockTimeoutException.class) || lockConflict(error)) {
            // 412 answers a stale If-Match; a request that named no version lost a race with another change: 409
            boolean namedVersion = headers != null && headers.getHeaderString("If-Match") != null
                    && !headers.getHeaderString("If-Match").isBlank();
            return Problem.of(namedVersion ? Response.Status.PRECONDITION_FAILED : Response.Status.CONFLICT,
                    "the record was changed by someone else at the same moment; reload it and apply your change again")
                    .at(path).toResponse();
        }
        Problem refused = DatabaseRefusal.problem(error);
        if (refused != null) {
            LOG.log(Level.WARNING, "A value reached the database unchecked at " + path + ": " + refused.detail());
            return refused.at(path).toResponse();
        }
        if (cause instanceof JsonbException) {
            return Problem.of(Response.Status.BAD_REQUEST, "the request body is not valid JSON for this resource")
                    .at(path).toResponse();
        }
        if (DatabaseOutage.causedBy(error) || !databaseReachable()) {
            LOG.log(Level.WARNING, "Database unavailable at {0}: {1}", new Object[] {path, error.toString()});
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                            "the database is not reachable at the moment; try again shortly")
                    .at(path).toResponse()).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id + " at " + path, error);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "the request could not be completed; quote error id " + id + " to support").at(path).toResponse();
    }

    /** A deadlock or lock wait the database gave up on (SQLSTATE 40001, MariaDB 1205 and 1213). */
    /** Asked only on the way to a 500: a failure while the database is away is an outage, whatever it says. */
    private static boolean databaseReachable() {
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(DatabaseReadiness.class).get().reachable();
        } catch (RuntimeException e) {
            return true; // no container to ask (a test outside it): report the failure as it is
        }
    }

    private static boolean lockConflict(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof EJBException && !(current instanceof EJBAccessException)
                && !(current instanceof jakarta.ejb.AccessLocalException)
                || current.getClass().getName().startsWith("jakarta.el.")
                || current instanceof jakarta.ws.rs.ProcessingException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
