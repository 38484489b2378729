package org.providernetwork.service.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.DomainException;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts written in the background, so that the portal can show how far a large one has come. Jobs live
 * in memory, visible to the user who started them; the write itself is one transaction either way.
 */
@Stateless
@RolesAllowed(Roles.STATE_STAFF)
public class AfcarsJobs {

    private static final Map<String, Job> JOBS = new ConcurrentHashMap<>();

    @Inject
    private AfcarsImport afcars;

    /** One background import: rows written so far of all rows, and how it ended. */
    public static final class Job implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final int total;
        private final AtomicInteger written = new AtomicInteger();
        private volatile boolean finished;
        private volatile String failure;
        private volatile AfcarsReport result;

        private transient volatile org.providernetwork.service.audit.AuditActor actor;

        Job(String owner, int total) {
            this.owner = owner;
            this.total = Math.max(1, total);
        }

        public String id() {
            return id;
        }

        public int percent() {
            return finished && failure == null ? 100 : Math.min(99, written.get() * 100 / total);
        }

        public boolean finished() {
            return finished;
        }

        public String failure() {
            return failure;
        }

        /** What the import changed, once it has been written; {@code null} before or after a failure. */
        public AfcarsChanges changes() {
            return result == null ? null : result.changes();
        }
    }

    /** Starts writing a checked extract in the background. */
    public Job start(AfcarsFiles files, AfcarsReport checked, String owner) {
        Job job = new Job(owner, checked.children() + checked.episodes() + checked.placements() + checked.maltreatment());
        job.actor = org.providernetwork.service.audit.AuditActor.current(); // the audit trail names who started it
        JOBS.put(job.id(), job);
        return job;
    }

    @Asynchronous
    public void run(Job job, AfcarsFiles files) {
        org.providernetwork.service.audit.AuditActor.runAs(job.actor, () -> {
            try {
                job.result = afcars.apply(files, job.written::set);
            } catch (DomainException e) {
                job.failure = e.getMessage();
            } catch (RuntimeException e) {
                job.failure = "the import failed; nothing was written";
            } finally {
                job.finished = true;
            }
        });
    }

    public Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(JOBS.get(id)).filter(j -> j.owner.equals(owner));
    }
}
