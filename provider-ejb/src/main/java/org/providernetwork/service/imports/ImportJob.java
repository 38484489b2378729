package org.providernetwork.service.imports;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An import applied in the background: how far it has come, and how it ended. Held in memory by
 * {@link ImportJobs}; the writing thread moves it forward, the portal polls it.
 */
public final class ImportJob {

    public enum State { RUNNING, DONE, REJECTED, FAILED }

    private final String id;
    private final String owner;
    private final Instant started;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile Instant ended;
    private volatile ImportResult result;
    private volatile ImportReport report;
    private volatile String failure;

    ImportJob(String id, String owner, int total, Instant started) {
        this.id = id;
        this.owner = owner;
        this.total = Math.max(1, total);
        this.started = started;
    }

    /** One more row written (or the final step). */
    void advance() {
        done.incrementAndGet();
    }

    void finished(ImportResult outcome) {
        this.result = outcome;
        end(State.DONE);
    }

    void rejected(ImportReport problems) {
        this.report = problems;
        end(State.REJECTED);
    }

    void failed(String message) {
        this.failure = message;
        end(State.FAILED);
    }

    private void end(State end) {
        this.ended = Instant.now();
        this.state = end;
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

    public Instant ended() {
        return ended;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Steps of work: rows to write, and the funding recomputation. */
    public int total() {
        return total;
    }

    public int done() {
        return Math.min(done.get(), total);
    }

    /** Percent done, 100 only once the job has ended well. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return Math.min(99, done() * 100 / total);
    }

    /** What was written, once {@link State#DONE}. */
    public ImportResult result() {
        return result;
    }

    /** The problems that stopped it, once {@link State#REJECTED}. */
    public ImportReport report() {
        return report;
    }

    /** What went wrong, once {@link State#FAILED}. */
    public String failure() {
        return failure;
    }
}
