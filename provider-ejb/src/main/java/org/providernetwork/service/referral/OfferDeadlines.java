package org.providernetwork.service.referral;

import jakarta.annotation.PostConstruct;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.domain.shared.DomainException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Response windows: every {@code portal.referral.sweep-seconds} (60 by default) the offers whose window
 * has closed are expired, their referrals escalated to the region's lead and offered to the next match.
 * The deadlines live in the database (each offer's {@code respond_by}), so nothing is lost when the
 * server restarts: the first sweep after start-up catches up with whatever fell due meanwhile.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfferDeadlines {

    private static final Logger LOG = Logger.getLogger(OfferDeadlines.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private Referrals referrals;

    @Inject
    @ConfigProperty(name = "portal.referral.sweep-seconds", defaultValue = "60")
    private int seconds;

    private volatile boolean running;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, seconds) * 1000L;
        timers.createIntervalTimer(Math.min(period, 15_000), period, new TimerConfig("offer deadlines", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        if (running) {
            return;
        }
        running = true;
        try {
            for (Long id : referrals.withOverdueOffers(500)) {
                try {
                    int expired = referrals.expireOverdue(id);
                    if (expired > 0) {
                        LOG.fine(() -> expired + " offer(s) of referral " + id + " expired");
                    }
                } catch (DomainException | jakarta.ejb.EJBException e) {
                    LOG.log(Level.INFO, "referral " + id + " could not be moved on now; next sweep retries", e);
                }
            }
        } finally {
            running = false;
        }
    }
}
