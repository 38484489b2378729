package org.providernetwork.portal.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.providernetwork.domain.shared.NotFoundException;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages are drawn as fresh pages, whatever request failed: the failed request's form fields
 * (its view state, its script nonce) would otherwise make the error page a postback of a view it
 * never had, and it would fail in turn, leaving a truncated page. The status says what happened: 404
 * for something that does not exist (or is not visible), 200 for an expired page (nothing failed; the
 * page explains and offers to reload), the container's status otherwise.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute: the address of the page that failed, to reload it. */
    public static final String FAILED_PAGE = "portal.failedPage";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (causedBy(failure, NotFoundException.class)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (causedBy(failure, ViewExpiredException.class)) {
            response.setStatus(HttpServletResponse.SC_OK);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String failed && !failed.startsWith(request.getContextPath() + "/error/")) {
            Object query = request.getAttribute("jakarta.servlet.error.query_string");
            request.setAttribute(FAILED_PAGE, failed + (query instanceof String q && !q.isBlank() ? "?" + q : ""));
        }
        chain.doFilter(new FreshRequest(request), response);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The failed request seen as a plain GET without parameters. */
    private static final class FreshRequest extends HttpServletRequestWrapper {

        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.emptyMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}
