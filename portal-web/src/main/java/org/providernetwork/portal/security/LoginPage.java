package org.providernetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.providernetwork.service.security.IdentityProvider;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/** The sign-in form of the local accounts, and signing out. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private IdentityProvider identityProvider;

    @Inject
    private PortalAuthentication authentication;

    @NotBlank(message = "Enter your username")
    @Size(max = 100)
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = 200)
    private String password;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + "/home.xhtml");
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Unknown username or wrong password", null));
        }
        return null;
    }

    /** Signs out of the portal and, for a sign-in through the identity provider, out of its session too. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(PortalAuthentication.SESSION_ID_TOKEN);
        request.logout();
        external.invalidateSession();
        String signedOut = authentication.baseUrl(request) + "/login.xhtml?signedOut=true";
        if (identityProvider.isEnabled() && idToken instanceof String token) {
            external.redirect(identityProvider.logoutUri(token, signedOut).toString());
        } else {
            external.redirect(signedOut);
        }
        faces.responseComplete();
    }

    /**
     * The page's script nonce, sent back with the sign-in form as a field of its own, so that the form
     * answers with its message (not a server error) also where the browser runs no script.
     */
    public String getNonce() {
        return org.primefaces.context.PrimeFacesContext.getCspState(faces).getNonce();
    }

    /** Whether the sign-in form of local accounts is offered. */
    public boolean isLocalAccounts() {
        return authentication.isLocalAccounts();
    }

    /** Whether sign-in goes through the identity provider. */
    public boolean isIdentityProvider() {
        return identityProvider.isEnabled();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
