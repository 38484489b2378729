package org.providernetwork.service.imports;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import jobs of this server, in memory: a job is found by its id and only by the user who started
 * it. Ended jobs are forgotten after an hour; a restart forgets all (the import itself either committed
 * or rolled back, so nothing is left half done).
 */
@ApplicationScoped
public class ImportJobs {

    /**
     * How long a job that has ended stays to be read (its outcome, its report) before it is forgotten; the
     * outcome extract jobs ({@code AfcarsJobs}) keep theirs as long.
     */
    public static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJob create(String owner, int total) {
        prune();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, total, Instant.now());
        jobs.put(job.id(), job);
        return job;
    }

    /** The job, if it exists and the given user started it. */
    public Optional<ImportJob> find(String id, String owner) {
        if (id == null || owner == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(owner));
    }

    private void prune() {
        Instant limit = Instant.now().minus(KEPT);
        jobs.values().removeIf(j -> !j.running() && j.ended() != null && j.ended().isBefore(limit));
    }
}
