package org.providernetwork.service.platform;

import java.io.Serializable;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work a user started that is written in the background (a bulk import, an outcome extract): how far it has
 * come and how it ended. Held by a {@link BackgroundJobs}; the writing thread moves it forward, the portal
 * polls it. Each kind of job adds what it ends with (what was written, why it was refused).
 */
public abstract class BackgroundJob implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a job stands. */
    public enum State {
        RUNNING,
        /** Written and committed. */
        DONE,
        /** Refused by a rule of the data (nothing written); the job says why. */
        REJECTED,
        /** Stopped by an error (nothing written); the job says so in words. */
        FAILED
    }

    private final String id;
    private final String owner;
    private final int total;
    private final Instant started;
    private final AtomicInteger done = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile Instant ended;
    private volatile String failure;

    protected BackgroundJob(String id, String owner, int total, Instant started) {
        this.id = id;
        this.owner = owner;
        this.total = Math.max(1, total);
        this.started = started;
    }

    /** One more step done. */
    protected final void advance() {
        done.incrementAndGet();
    }

    /** {@code steps} done so far. */
    protected final void progress(int steps) {
        done.set(steps);
    }

    /** Ends the job in {@code end} at {@code at}; {@code why} is the words for a failure, or {@code null}. */
    protected final void end(State end, String why, Instant at) {
        if (end == State.RUNNING) {
            throw new IllegalArgumentException("a job ends in DONE, REJECTED or FAILED");
        }
        failure = why;
        ended = at;
        state = end;
    }

    public String id() {
        return id;
    }

    /** The user who started it: the only one who may read it. */
    public String owner() {
        return owner;
    }

    public Instant started() {
        return started;
    }

    /** When it ended (committed, refused or failed); {@code null} while running. */
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

    /** Steps of work in all. */
    public int total() {
        return total;
    }

    /** Steps done so far. */
    public int done() {
        return Math.min(done.get(), total);
    }

    /** How far it has come: 100 only once the write has committed. */
    public int percent() {
        return state == State.DONE ? 100 : Math.min(99, done() * 100 / total);
    }

    /** Why it failed, in words for the person who started it; {@code null} unless it failed. */
    public String failure() {
        return failure;
    }
}
