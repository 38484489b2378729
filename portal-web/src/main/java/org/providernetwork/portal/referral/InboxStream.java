package org.providernetwork.portal.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.providernetwork.service.notification.OfferSignal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The open provider inboxes listening for new offers (server-sent events, see {@link InboxStreamServlet}): when an
 * offer to a provider has committed, the referral id is handed to each of that provider's open streams.
 */
@ApplicationScoped
public class InboxStream {

    private final Map<Long, Set<BlockingQueue<Long>>> listeners = new ConcurrentHashMap<>();

    /** A queue that receives the referral ids of new offers to the organisation until {@link #leave} is called. */
    BlockingQueue<Long> join(long organisationId) {
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>(100);
        listeners.computeIfAbsent(organisationId, k -> ConcurrentHashMap.newKeySet()).add(queue);
        return queue;
    }

    void leave(long organisationId, BlockingQueue<Long> queue) {
        Set<BlockingQueue<Long>> set = listeners.get(organisationId);
        if (set != null) {
            set.remove(queue);
        }
    }

    void offered(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferSignal signal) {
        Set<BlockingQueue<Long>> set = listeners.get(signal.providerId());
        if (set != null) {
            set.forEach(queue -> queue.offer(signal.referralId()));
        }
    }
}
