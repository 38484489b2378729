package org.providernetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.providernetwork.service.account.Accounts;
import org.providernetwork.service.account.SignedInUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one authentication mechanism of the application.
 * <ul>
 *   <li>Portal pages: the sign-in form hands the credential over through
 *       {@code SecurityContext.authenticate}; a good one puts the {@link SignedInUser} in the session,
 *       and later requests of that session are signed in from it. A protected page without a
 *       signed-in user redirects to the sign-in page.</li>
 *   <li>API ({@code /api/*}): HTTP Basic with a local account, checked on every request and never
 *       creating a session; without valid credentials, 401 with a problem document.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the {@link SignedInUser}. */
    public static final String SESSION_USER = "portal.user";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PREFIX = "/api/";
    private static final String REALM = "Provider Network Portal";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            return context.notifyContainerAboutLogin(user.username(), user.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<SignedInUser> user = accounts.byUsername(result.getCallerPrincipal().getName());
        if (user.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation: a signed-in session never keeps an anonymous id
        } else {
            session = request.getSession(true);
        }
        request.getSession().setAttribute(SESSION_USER, user.get());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<UsernamePasswordCredential> credential = basic(header.substring(6).trim());
            if (credential.isPresent()) {
                CredentialValidationResult result = identityStores.validate(credential.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(context, "the credentials are not valid");
        }
        if (context.isProtected()) {
            return unauthorized(context, "sign-in is required");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpMessageContext context, String detail) {
        HttpServletResponse response = context.getResponse();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                    + detail + "\"}");
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
