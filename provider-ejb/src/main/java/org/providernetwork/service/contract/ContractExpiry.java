package org.providernetwork.service.contract;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every night, and once shortly after start-up, active contracts whose period has ended become expired
 * and the funded capacity of every offering follows the contracts active that day.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class ContractExpiry {

    private static final Logger LOG = Logger.getLogger(ContractExpiry.class.getName());

    @Inject
    private ContractRegistry contracts;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleFirstRun() {
        timers.createSingleActionTimer(10_000, new TimerConfig("contract expiry after start-up", false));
    }

    /** After start-up only what has ended since is touched: a full refresh locks every capacity row. */
    @Timeout
    public void afterStartUp() {
        run(false);
    }

    @Schedule(hour = "0", minute = "5", persistent = false, info = "nightly contract expiry")
    public void nightly() {
        run(true);
    }

    private void run(boolean everything) {
        int expired = contracts.expireEnded(everything);
        if (expired > 0) {
            LOG.info(() -> expired + " contract(s) expired");
        }
    }
}
