package org.providernetwork.service.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The background jobs of one kind on this server, in memory: a job is found by its id and only by the user
 * who started it. A job that has ended is forgotten {@link #KEPT} after its end; a running job is never
 * forgotten. A restart forgets all: each job's write either committed or rolled back, so nothing is left
 * half done.
 */
public final class BackgroundJobs<J extends BackgroundJob> {

    /** How long a job that has ended stays to be read (its outcome, its report) before it is forgotten. */
    public static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, J> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    public BackgroundJobs(Clock clock) {
        this.clock = clock;
    }

    /** A new running job made by {@code make} from a fresh id and the start time, held from now on. */
    public J create(java.util.function.BiFunction<String, Instant, J> make) {
        prune();
        J job = make.apply(UUID.randomUUID().toString(), clock.instant());
        jobs.put(job.id(), job);
        return job;
    }

    /** The job, if it is still held and the given user started it. */
    public Optional<J> find(String id, String owner) {
        if (id == null || owner == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(owner));
    }

    /** The time now, for the end of a job. */
    public Instant now() {
        return clock.instant();
    }

    /** Forgets the jobs that ended more than {@link #KEPT} ago. */
    public void prune() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> j.ended() != null && j.ended().isBefore(limit));
    }

    /** How many jobs are held (running, or ended and not yet forgotten). */
    public int size() {
        return jobs.size();
    }
}
