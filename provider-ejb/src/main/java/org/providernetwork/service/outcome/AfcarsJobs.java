package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.providernetwork.service.audit.AuditActor;
import org.providernetwork.service.imports.ImportJobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extract jobs of this server, in memory: a job is found by its id and only by the user who started
 * it. A job that has ended is forgotten {@link ImportJobs#KEPT} after its end (the same retention as the
 * other import jobs); a running job is never forgotten. A restart forgets all: the write itself either
 * committed or rolled back, so nothing is left half done.
 */
@ApplicationScoped
public class AfcarsJobs {

    private final Map<String, AfcarsJob> jobs = new ConcurrentHashMap<>();

    private Clock clock;

    protected AfcarsJobs() {
        // for the container's proxy
    }

    @Inject
    public AfcarsJobs(Clock clock) {
        this.clock = clock;
    }

    /** A new running job of {@code total} rows for {@code owner}, acting as {@code actor} in the audit trail. */
    AfcarsJob create(String owner, int total, AuditActor actor) {
        prune();
        AfcarsJob job = new AfcarsJob(UUID.randomUUID().toString(), owner, total, clock.instant(), actor);
        jobs.put(job.id(), job);
        return job;
    }

    /** The job, if it is still held and the given user started it. */
    public Optional<AfcarsJob> find(String id, String owner) {
        if (id == null || owner == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(owner));
    }

    /** Marks the job written (its transaction has committed), with what it changed. */
    void done(AfcarsJob job, AfcarsChanges changes) {
        job.done(changes, clock.instant());
    }

    /** Marks the job failed with a message its owner can read. */
    void failed(AfcarsJob job, String message) {
        job.failed(message, clock.instant());
    }

    /** Forgets the jobs that ended more than {@link ImportJobs#KEPT} ago. */
    void prune() {
        Instant limit = clock.instant().minus(ImportJobs.KEPT);
        jobs.values().removeIf(j -> j.ended() != null && j.ended().isBefore(limit));
    }

    /** How many jobs are held (running or ended but not yet forgotten). */
    int size() {
        return jobs.size();
    }
}
