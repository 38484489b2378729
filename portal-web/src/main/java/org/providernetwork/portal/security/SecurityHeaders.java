package org.providernetwork.portal.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response: pages, redirects, 401s, error pages, the API and static resources.
 * They are set twice on purpose: first by {@link PortalAuthentication} (which runs before any filter and
 * answers redirects and 401s itself), then by this filter on every dispatch, the container's error
 * dispatch included.
 * <p>
 * Exactly one Content-Security-Policy goes out. On pages it takes the nonce of PrimeFaces' CSP mode
 * ({@code primefaces.CSP}): the header PrimeFaces adds is caught here and replaced by the portal's one
 * policy with that nonce in {@code script-src}, so no script runs without the nonce and nothing is
 * evaluated from strings. The API's policy allows nothing to run. HSTS is sent when the request came
 * over TLS (directly or {@code X-Forwarded-Proto: https}). Everything but static resources is
 * {@code Cache-Control: no-store}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static volatile String formTargets;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, PortalAuthentication.isApi(request) ? response : new OnePolicy(response));
    }

    /** Sets the headers every response carries; safe to call more than once for one response. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        boolean api = PortalAuthentication.isApi(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader(CSP, api ? API_POLICY : pagePolicy(null));
        if (isSecure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Whether the request came over TLS, directly or through a proxy that says so. */
    static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.contains("/jakarta.faces.resource/") || uri.contains("/resources/");
    }

    /** The portal's page policy; with a nonce, scripts carrying it may run, otherwise only the portal's files. */
    static String pagePolicy(String nonce) {
        String scripts = nonce == null ? "'self'" : "'self' 'nonce-" + nonce + "'";
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
                + " form-action " + formTargets() + "; frame-ancestors 'none'";
    }

    /** Forms may go to the portal and to the identity provider (sign-out). */
    private static String formTargets() {
        String targets = formTargets;
        if (targets == null) {
            targets = "'self'" + ConfigProvider.getConfig().getOptionalValue("portal.oidc.issuer", String.class)
                    .filter(s -> !s.isBlank()).map(SecurityHeaders::origin).map(o -> " " + o).orElse("");
            formTargets = targets;
        }
        return targets;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Turns the policy PrimeFaces adds into the portal's one policy with PrimeFaces' nonce. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                Matcher nonce = value == null ? null : NONCE.matcher(value);
                super.setHeader(CSP, pagePolicy(nonce != null && nonce.find() ? nonce.group(1) : null));
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
