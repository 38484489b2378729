package org.providernetwork.service.outcome;

import org.providernetwork.service.audit.AuditActor;
import org.providernetwork.service.platform.BackgroundJob;

import java.time.Instant;

/**
 * One extract written in the background: rows written so far of all rows, and how it ended, with what it
 * changed. Held by {@link AfcarsJobs}; the writing thread ({@link AfcarsRunner}) moves it forward, the
 * portal polls it.
 */
public final class AfcarsJob extends BackgroundJob {

    private static final long serialVersionUID = 2L;

    private volatile AfcarsChanges changes;

    /** Who started it, so that the audit trail of the background write names them. */
    private final transient AuditActor actor;

    AfcarsJob(String id, String owner, int total, Instant started, AuditActor actor) {
        super(id, owner, total, started);
        this.actor = actor;
    }

    void written(int rows) {
        progress(rows);
    }

    void done(AfcarsChanges written, Instant at) {
        changes = written;
        end(State.DONE, null, at);
    }

    void failed(String message, Instant at) {
        end(State.FAILED, message, at);
    }

    /** What the import changed, once it has been written; {@code null} before, or after a failure. */
    public AfcarsChanges changes() {
        return changes;
    }

    AuditActor actor() {
        return actor;
    }
}
