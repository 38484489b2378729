package org.providernetwork.service.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The signed-in user of the current request, whichever way they signed in (session, bearer token,
 * Basic). The authentication mechanism puts it on the request; services read it here.
 */
@RequestScoped
public class Caller {

    /** The request attribute that carries the {@link SignedInUser}. */
    public static final String REQUEST_ATTRIBUTE = "portal.caller";

    @Inject
    private HttpServletRequest request;

    public Optional<SignedInUser> current() {
        Object value = request.getAttribute(REQUEST_ATTRIBUTE);
        return value instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }
}
