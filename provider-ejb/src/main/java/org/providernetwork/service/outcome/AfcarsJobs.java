package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.providernetwork.service.audit.AuditActor;
import org.providernetwork.service.platform.BackgroundJobs;

import java.time.Clock;
import java.util.Optional;

/**
 * The extract jobs of this server ({@link BackgroundJobs}: found by id and owner only, forgotten
 * {@link BackgroundJobs#KEPT} after they end, like the bulk import's).
 */
@ApplicationScoped
public class AfcarsJobs {

    private BackgroundJobs<AfcarsJob> jobs;

    protected AfcarsJobs() {
        // for the container's proxy
    }

    @Inject
    public AfcarsJobs(Clock clock) {
        this.jobs = new BackgroundJobs<>(clock);
    }

    /** A new running job of {@code total} rows for {@code owner}, acting as {@code actor} in the audit trail. */
    AfcarsJob create(String owner, int total, AuditActor actor) {
        return jobs.create((id, at) -> new AfcarsJob(id, owner, total, at, actor));
    }

    /** The job, if it is still held and the given user started it. */
    public Optional<AfcarsJob> find(String id, String owner) {
        return jobs.find(id, owner);
    }

    /** Marks the job written (its transaction has committed), with what it changed. */
    void done(AfcarsJob job, AfcarsChanges changes) {
        job.done(changes, jobs.now());
    }

    /** Marks the job failed with a message its owner can read. */
    void failed(AfcarsJob job, String message) {
        job.failed(message, jobs.now());
    }

    /** Forgets the jobs that ended more than {@link BackgroundJobs#KEPT} ago. */
    void prune() {
        jobs.prune();
    }

    /** How many jobs are held (running or ended but not yet forgotten). */
    int size() {
        return jobs.size();
    }
}
