package org.providernetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.service.account.Accounts;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.LoginThrottle;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.audit.AuditActor;
import org.providernetwork.service.platform.DatabaseOutage;
import org.providernetwork.service.security.IdentityProvider;
import org.providernetwork.service.security.IdentityProvider.PendingSignIn;
import org.providernetwork.service.security.InvalidTokenException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the application; every request passes here first.
 * <ul>
 *   <li>API ({@code /api/*}, and the FHIR endpoint {@code /fhir/*}): a bearer access token of the identity provider (signature, issuer, API
 *       audience, expiry checked), or, where local accounts are on (the embedded default), HTTP Basic.
 *       Never a session; without valid credentials, 401 with a problem document.</li>
 *   <li>Portal pages, identity provider configured: the authorisation-code flow (state, nonce, PKCE),
 *       returning to {@value #CALLBACK}.</li>
 *   <li>Portal pages, local accounts: the sign-in form hands the credential over through
 *       {@code SecurityContext.authenticate}.</li>
 * </ul>
 * A signed-in browser session carries the {@link SignedInUser}; every authenticated request carries it
 * as the request attribute {@link Caller#REQUEST_ATTRIBUTE}. Password attempts are throttled.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "portal.user";
    public static final String SESSION_ID_TOKEN = "portal.idToken";
    static final String SESSION_PENDING = "portal.pendingSignIn";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String CALLBACK = "/auth/callback";
    static final String API_PREFIX = "/api/";
    /** The FHIR endpoint signs in as the API does. */
    static final String FHIR_PREFIX = "/fhir";
    private static final String REALM = "Provider Network Portal";
    private static final Logger LOG = Logger.getLogger(PortalAuthentication.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Accounts accounts;

    @Inject
    private IdentityProvider identityProvider;

    @Inject
    private LoginThrottle throttle;

    @Inject
    @ConfigProperty(name = "portal.auth.local.enabled", defaultValue = "true")
    private boolean localAccounts;

    @Inject
    @ConfigProperty(name = "portal.public-url")
    private Optional<String> publicUrl;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response); // redirects and 401s answered here carry them too
        try {
            return validate(request, context);
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                return unavailable(request, context);
            }
            throw e;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return localAccounts ? signIn(request, context, credential) : AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            return accept(request, context, user);
        }
        if (identityProvider.isEnabled()) {
            if (CALLBACK.equals(path(request))) {
                return completeSignIn(request, context);
            }
            if (context.isProtected()) {
                return startSignIn(request, context);
            }
        } else if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String username = credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        if (!throttle.allows(username, request.getRemoteAddr())) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        Optional<SignedInUser> user = result.getStatus() == CredentialValidationResult.Status.VALID
                ? accounts.byUsername(result.getCallerPrincipal().getName()) : Optional.empty();
        if (user.isEmpty()) {
            throttle.failed(username, request.getRemoteAddr());
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username);
        startSession(request, user.get(), null);
        AuthenticationStatus status = accept(request, context, user.get());
        recordSignIn(request, user.get());
        return status;
    }

    private AuthenticationStatus startSignIn(HttpServletRequest request, HttpMessageContext context) {
        PendingSignIn pending = identityProvider.newSignIn(baseUrl(request) + CALLBACK);
        request.getSession(true).setAttribute(SESSION_PENDING, pending);
        return context.redirect(identityProvider.authorizationUri(pending).toString());
    }

    private AuthenticationStatus completeSignIn(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(SESSION_PENDING);
        if (!(pending instanceof PendingSignIn signIn)) {
            return startSignIn(request, context);
        }
        session.removeAttribute(SESSION_PENDING);
        try {
            IdentityProvider.SignIn result = identityProvider.completeSignIn(signIn, request.getParameter("state"),
                    request.getParameter("code"));
            Optional<SignedInUser> user = accounts.fromClaims(result.idClaims());
            if (user.isEmpty()) {
                LOG.warning(() -> "Signed in at the identity provider without a portal organisation or role: "
                        + result.idClaims().getString("preferred_username", "?"));
                return forbidden(context);
            }
            startSession(request, user.get(), result.idToken());
            AuthenticationStatus status = accept(request, context, user.get());
            recordSignIn(request, user.get());
            return status;
        } catch (InvalidTokenException e) {
            LOG.log(Level.WARNING, "Sign-in through the identity provider refused: {0}", e.getMessage());
            return forbidden(context);
        }
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (!identityProvider.isEnabled()) {
                return unauthorized(context, "bearer tokens are not accepted here; sign in with a local account");
            }
            try {
                JsonObject claims = identityProvider.verifyAccessToken(header.substring(7).trim());
                Optional<SignedInUser> user = accounts.fromClaims(claims);
                if (user.isEmpty()) {
                    return unauthorized(context, "the token names no portal organisation or role");
                }
                return accept(request, context, user.get());
            } catch (InvalidTokenException e) {
                LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
                return unauthorized(context, "the token is not valid");
            }
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!localAccounts) {
                return unauthorized(context, "sign in with a bearer token of the identity provider");
            }
            Optional<UsernamePasswordCredential> credential = basic(header.substring(6).trim());
            String username = credential.map(UsernamePasswordCredential::getCaller).orElse(null);
            if (credential.isPresent() && throttle.allows(username, request.getRemoteAddr())) {
                CredentialValidationResult result = identityStores.validate(credential.get());
                Optional<SignedInUser> user = result.getStatus() == CredentialValidationResult.Status.VALID
                        ? accounts.byUsername(result.getCallerPrincipal().getName()) : Optional.empty();
                if (user.isPresent()) {
                    throttle.succeeded(username);
                    return accept(request, context, user.get());
                }
                throttle.failed(username, request.getRemoteAddr());
            }
            return unauthorized(context, "the credentials are not valid");
        }
        if (context.isProtected()) {
            return unauthorized(context, "sign-in is required");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, user);
        return context.notifyContainerAboutLogin(user.username(), user.roles());
    }

    /** Notes the sign-in on the account, audited as the user who signed in. */
    private void recordSignIn(HttpServletRequest request, SignedInUser user) {
        AuditActor.runAs(new AuditActor(user.username(), user.organisationId(), RequestContext.requestId(request)),
                () -> accounts.recordSignIn(user.username()));
    }

    /** Whether local passwords (the sign-in form, HTTP Basic) are accepted. */
    public boolean isLocalAccounts() {
        return localAccounts;
    }

    private static void startSession(HttpServletRequest request, SignedInUser user, String idToken) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation: a signed-in session never keeps an earlier id
        }
        session = request.getSession(true);
        session.setAttribute(SESSION_USER, user);
        if (idToken != null) {
            session.setAttribute(SESSION_ID_TOKEN, idToken);
        }
    }

    private static AuthenticationStatus forbidden(HttpMessageContext context) {
        try {
            context.getResponse().sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (IOException e) {
            // the browser went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The database cannot be reached to check the caller: 503 (a problem document on the API), never a hang or a 500. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpMessageContext context) {
        LOG.warning("Database unavailable while signing in a caller");
        HttpServletResponse response = context.getResponse();
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        try {
            if (isApi(request)) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"detail\":\"the database is not reachable at the moment; try again shortly\"}");
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 401 with a problem document, naming the schemes this portal accepts. */
    private AuthenticationStatus unauthorized(HttpMessageContext context, String detail) {
        HttpServletResponse response = context.getResponse();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (identityProvider.isEnabled()) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        }
        if (localAccounts) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
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

    /** The portal's address as the browser reaches it (configured, or taken from the request). */
    String baseUrl(HttpServletRequest request) {
        if (publicUrl.isPresent() && !publicUrl.get().isBlank()) {
            return publicUrl.get().replaceAll("/+$", "");
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith(API_PREFIX) || path.equals(FHIR_PREFIX) || path.startsWith(FHIR_PREFIX + "/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
            session.removeAttribute(SESSION_ID_TOKEN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
