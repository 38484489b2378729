package org.providernetwork.portal.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import org.providernetwork.service.notification.OfferSignal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open provider inboxes listening for new offers (server-sent events, see {@link InboxStreamServlet}): when an
 * offer to a provider has committed, each of its open inboxes is told at once and refreshes its list.
 */
@ApplicationScoped
public class InboxStream {

    private final Map<Long, Set<AsyncContext>> listeners = new ConcurrentHashMap<>();

    void listen(long organisationId, AsyncContext context) {
        Set<AsyncContext> set = listeners.computeIfAbsent(organisationId, k -> ConcurrentHashMap.newKeySet());
        set.add(context);
        context.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                set.remove(context);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                set.remove(context);
                context.complete();
            }

            @Override
            public void onError(AsyncEvent event) {
                set.remove(context);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // nothing to do
            }
        });
    }

    void offered(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferSignal signal) {
        Set<AsyncContext> set = listeners.get(signal.providerId());
        if (set == null) {
            return;
        }
        for (AsyncContext context : set) {
            try {
                synchronized (context) {
                    PrintWriter out = context.getResponse().getWriter();
                    out.write("event: offer\ndata: " + signal.referralId() + "\n\n");
                    out.flush();
                    if (out.checkError()) {
                        set.remove(context);
                        context.complete();
                    }
                }
            } catch (IOException | IllegalStateException e) {
                set.remove(context);
            }
        }
    }
}
