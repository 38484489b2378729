package org.providernetwork.service.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox after commit: every {@code portal.notify.poll-seconds} it claims due deliveries (with
 * a lease), sends each (mail or webhook) outside any transaction, and records the outcome. At least once:
 * a delivery is marked sent only after the receiver took it, so a server stopped mid-delivery sends it again
 * after the lease has run out, under the same delivery id. Digest mails collect a user's due digest items
 * into one message. {@link Reminders} are run from the same timer.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final int BATCH = 10;

    @Resource
    private TimerService timers;

    @Inject
    private DeliveryStore store;

    @Inject
    private MailSender mail;

    @Inject
    private WebhookSender webhooks;

    @Inject
    private NotificationSettings settings;

    @Inject
    private Reminders reminders;

    @Inject
    private Clock clock;

    private final String owner = "dispatcher-" + UUID.randomUUID();
    private volatile boolean running;
    private volatile boolean stopping;
    private volatile long lastReminders;

    @PostConstruct
    void schedule() {
        long period = settings.poll().toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("notification dispatcher", false));
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (running || stopping) {
            return;
        }
        running = true;
        try {
            if (System.currentTimeMillis() - lastReminders >= settings.reminders().toMillis()) {
                lastReminders = System.currentTimeMillis();
                try {
                    reminders.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "notification reminders failed; the next run tries again", e);
                }
            }
            deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification dispatch failed; the next run tries again", e);
        } finally {
            running = false;
        }
    }

    /** Sends what is due now; also called by tests and the retry action to avoid waiting for the timer. */
    public void deliverDue() {
        List<Delivery> claimed;
        do {
            long claimedAt = System.nanoTime();
            long halfLease = settings.lease().toNanos() / 2;
            claimed = store.claim(owner, BATCH);
            Map<Long, List<Delivery>> digests = new LinkedHashMap<>();
            for (Delivery d : claimed) {
                if (stopping) {
                    return;
                }
                if (System.nanoTime() - claimedAt > halfLease) {
                    // past half the lease: leave the rest of the batch to be claimed again when the lease runs
                    // out, rather than send what another dispatcher may be about to take
                    return;
                }
                if (d.byEmail() && d.digest()) {
                    digests.computeIfAbsent(d.userId(), k -> new ArrayList<>()).add(d);
                } else {
                    deliver(d);
                }
            }
            digests.values().forEach(this::digest);
        } while (claimed.size() == BATCH && !stopping);
    }

    private void deliver(Delivery d) {
        try {
            if (d.byEmail()) {
                if (emailOf(d) == null) {
                    throw new IllegalStateException("the user has no e-mail address");
                }
                mail.send(d.id(), emailOf(d), NotificationText.of(d, settings.link(d.linkPath()), clock.getZone()));
            } else {
                if (d.url() == null) {
                    throw new IllegalStateException("the webhook was deleted");
                }
                webhooks.send(d, body(d));
            }
            store.sent(d.id(), owner);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.FINE, "delivery " + d.id() + " failed", e);
            store.failed(d.id(), owner, d.attempts(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void digest(List<Delivery> items) {
        Delivery first = items.get(0);
        try {
            if (emailOf(first) == null) {
                throw new IllegalStateException("the user has no e-mail address");
            }
            mail.send(first.id(), emailOf(first), NotificationText.digest(items, d -> settings.link(d.linkPath()),
                    clock.getZone()));
            items.forEach(d -> store.sent(d.id(), owner));
        } catch (Exception e) {
            items.forEach(d -> store.failed(d.id(), owner, d.attempts(), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static String emailOf(Delivery d) {
        return d.email() == null || d.email().isBlank() ? null : d.email();
    }

    /** The webhook body: the event's payload with this delivery's id and the organisation it goes to. */
    static String body(Delivery d) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("deliveryId", d.id()).add("organisationId", d.organisationId());
        NotificationText.parse(d.payload()).forEach(body::add);
        return body.build().toString();
    }
}
