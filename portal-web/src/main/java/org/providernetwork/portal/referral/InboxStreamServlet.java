package org.providernetwork.portal.referral;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.tenancy.TenantScope;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events for a provider's open inbox: {@code event: offer} with the referral id whenever a new
 * offer to the signed-in user's organisation has committed. Same origin (the strict CSP's {@code connect-src
 * 'self'}); the page's script is a file, not inline. A stream lasts {@value #STREAM_SECONDS} seconds on one
 * request thread (some filters of the chain do not support asynchronous requests), then the browser
 * reconnects and the page refreshes its list once, so nothing falls between two streams. A heartbeat comment
 * every few seconds frees the thread soon after the browser has left the page. Users who are not
 * providers get 204 (no stream). The inbox keeps its poll as the fallback.
 */
@WebServlet(urlPatterns = "/inbox/stream")
public class InboxStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int STREAM_SECONDS = 25;
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(3);

    @Inject
    private InboxStream stream;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (!(caller instanceof SignedInUser user) || !TenantScope.of(user).receivesOffers()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        BlockingQueue<Long> queue = stream.join(user.organisationId());
        try {
            out.write("retry: 2000\n: listening\n\n");
            out.flush();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(STREAM_SECONDS);
            while (!out.checkError()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                Long referral = queue.poll(Math.min(left, HEARTBEAT_NANOS), TimeUnit.NANOSECONDS);
                // an event, or a comment line as heartbeat: writing is how a browser that left is noticed
                out.write(referral != null ? "event: offer\ndata: " + referral + "\n\n" : ": still here\n\n");
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stream.leave(user.organisationId(), queue);
        }
    }
}
