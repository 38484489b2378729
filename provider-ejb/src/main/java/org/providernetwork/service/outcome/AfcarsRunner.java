package org.providernetwork.service.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.service.audit.AuditActor;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a checked extract on the container's asynchronous executor, so that the portal can show how far
 * a large one has come. It has no transaction of its own: the write is the one transaction of
 * {@link AfcarsImport#apply}, which commits (or rolls back) before the job is marked as ended, so a job
 * says "written" only once the rows are there. A failure is logged with its exception and an error id,
 * and the job says in words that nothing was written.
 */
@Stateless
@RolesAllowed(Roles.STATE_STAFF)
public class AfcarsRunner {

    private static final Logger LOG = Logger.getLogger(AfcarsRunner.class.getName());

    @EJB
    private AfcarsImport afcars;

    @Inject
    private AfcarsJobs jobs;

    @Inject
    private OutcomeStore store;

    /** A job for a checked extract, started by {@code owner}; hand it to {@link #run} to write it. */
    public AfcarsJob start(AfcarsReport checked, String owner) {
        return jobs.create(owner, checked.children() + checked.episodes() + checked.placements() + checked.maltreatment(),
                AuditActor.current());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(AfcarsJob job, AfcarsFiles files) {
        AuditActor.runAs(job.actor(), () -> {
            try {
                AfcarsReport written = afcars.apply(files, job::written);
                // the write has committed: indicators read now must see it
                store.invalidate();
                jobs.done(job, written.changes());
            } catch (DomainException e) {
                LOG.log(Level.INFO, "extract job " + job.id() + " refused: " + e.getMessage());
                jobs.failed(job, "The extract was not imported: " + e.getMessage());
            } catch (RuntimeException e) {
                String errorId = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "extract job " + job.id() + " failed (error id " + errorId + ")", e);
                jobs.failed(job, "The import failed and nothing was written. If it happens again, give the"
                        + " administrators error id " + errorId + ".");
            }
        });
    }
}
