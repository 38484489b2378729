package org.providernetwork.portal.referral;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.tenancy.TenantScope;

import java.io.IOException;

/**
 * Server-sent events for a provider's open inbox: {@code event: offer} with the referral id whenever a new
 * offer to the signed-in user's organisation has committed. Same origin (the strict CSP's {@code connect-src
 * 'self'}); the page's script is a file, not inline. A stream lasts five minutes and the browser reconnects;
 * users who are not providers get 204 (no stream). The inbox keeps polling as a fallback.
 */
@WebServlet(urlPatterns = "/inbox/stream", asyncSupported = true)
public class InboxStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long STREAM_MILLIS = 5 * 60 * 1000L;

    @Inject
    private InboxStream stream;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (!(caller instanceof SignedInUser user) || TenantScope.of(user).kind() != TenantScope.Kind.ORGANISATION) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext context = request.startAsync();
        context.setTimeout(STREAM_MILLIS);
        response.getWriter().write("retry: 2000\n: listening\n\n");
        response.getWriter().flush();
        stream.listen(user.organisationId(), context);
    }
}
