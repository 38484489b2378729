package org.providernetwork.service.imports;

import org.providernetwork.service.platform.BackgroundJob;

import java.time.Instant;

/**
 * An import applied in the background: how far it has come, and how it ended (what it wrote, or the
 * problems that stopped it). Held by {@link ImportJobs}; the writing thread moves it forward, the portal
 * polls it.
 */
public final class ImportJob extends BackgroundJob {

    private static final long serialVersionUID = 1L;

    private volatile ImportResult result;
    private volatile ImportReport report;

    ImportJob(String id, String owner, int total, Instant started) {
        super(id, owner, total, started);
    }

    /** One more row written (or the final step). */
    void step() {
        advance();
    }

    void finished(ImportResult outcome, Instant at) {
        this.result = outcome;
        end(State.DONE, null, at);
    }

    void rejected(ImportReport problems, Instant at) {
        this.report = problems;
        end(State.REJECTED, null, at);
    }

    void failed(String message, Instant at) {
        end(State.FAILED, message, at);
    }

    /** What was written, once {@link State#DONE}. */
    public ImportResult result() {
        return result;
    }

    /** The problems that stopped it, once {@link State#REJECTED}. */
    public ImportReport report() {
        return report;
    }
}
