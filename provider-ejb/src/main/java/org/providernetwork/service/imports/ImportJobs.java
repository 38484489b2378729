package org.providernetwork.service.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.providernetwork.service.platform.BackgroundJobs;

import java.time.Clock;
import java.util.Optional;

/**
 * The import jobs of this server ({@link BackgroundJobs}: found by id and owner only, forgotten
 * {@link BackgroundJobs#KEPT} after they end, like the outcome extract's).
 */
@ApplicationScoped
public class ImportJobs {

    private BackgroundJobs<ImportJob> jobs;

    protected ImportJobs() {
        // for the container's proxy
    }

    @Inject
    public ImportJobs(Clock clock) {
        this.jobs = new BackgroundJobs<>(clock);
    }

    ImportJob create(String owner, int total) {
        return jobs.create((id, at) -> new ImportJob(id, owner, total, at));
    }

    /** The job, if it exists and the given user started it. */
    public Optional<ImportJob> find(String id, String owner) {
        return jobs.find(id, owner);
    }

    void finished(ImportJob job, ImportResult result) {
        job.finished(result, jobs.now());
    }

    void rejected(ImportJob job, ImportReport report) {
        job.rejected(report, jobs.now());
    }

    void failed(ImportJob job, String message) {
        job.failed(message, jobs.now());
    }
}
