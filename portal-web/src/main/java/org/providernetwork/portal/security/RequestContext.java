package org.providernetwork.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.audit.AuditActor;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, otherwise a new one),
 * answers it in the response, and tells the audit trail who acts for the rest of the request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestContext extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = "portal.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /** The id of this request, made on first use. */
    static String requestId(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String value) {
            return value;
        }
        String given = request.getHeader("X-Request-Id");
        String value = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, value);
        return value;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = requestId(request);
        response.setHeader("X-Request-Id", id);
        Object caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        AuditActor.set(caller instanceof SignedInUser user
                ? new AuditActor(user.username(), user.organisationId(), id)
                : new AuditActor("anonymous", null, id));
        try {
            chain.doFilter(request, response);
        } finally {
            AuditActor.clear();
        }
    }
}
