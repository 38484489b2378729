package org.providernetwork.service.outcome;

import org.providernetwork.service.audit.AuditActor;

import java.io.Serializable;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One extract written in the background: rows written so far of all rows, and how it ended. Held by
 * {@link AfcarsJobs}; the writing thread ({@link AfcarsRunner}) moves it forward, the portal polls it.
 */
public final class AfcarsJob implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a job stands. */
    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final int total;
    private final Instant started;
    private final AtomicInteger written = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile Instant ended;
    private volatile String failure;
    private volatile AfcarsChanges changes;

    /** Who started it, so that the audit trail of the background write names them. */
    private final transient AuditActor actor;

    AfcarsJob(String id, String owner, int total, Instant started, AuditActor actor) {
        this.id = id;
        this.owner = owner;
        this.total = Math.max(1, total);
        this.started = started;
        this.actor = actor;
    }

    void written(int rows) {
        written.set(rows);
    }

    void done(AfcarsChanges written, Instant at) {
        changes = written;
        ended = at;
        state = State.DONE;
    }

    /** What the import changed, once it has been written; {@code null} before, or after a failure. */
    public AfcarsChanges changes() {
        return changes;
    }

    void failed(String message, Instant at) {
        failure = message;
        ended = at;
        state = State.FAILED;
    }

    AuditActor actor() {
        return actor;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public Instant started() {
        return started;
    }

    /** When it ended (committed or failed); {@code null} while running. */
    public Instant ended() {
        return ended;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Whether it has ended, written or not. */
    public boolean finished() {
        return state != State.RUNNING;
    }

    /** Why it failed, in words for the person who started it; {@code null} unless it failed. */
    public String failure() {
        return failure;
    }

    /** How far it has come: 100 only once the write has committed. */
    public int percent() {
        return state == State.DONE ? 100 : Math.min(99, written.get() * 100 / total);
    }
}
