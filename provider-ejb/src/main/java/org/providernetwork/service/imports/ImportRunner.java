package org.providernetwork.service.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.audit.AuditActor;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import job on the container's asynchronous executor. It has no transaction of its own: the
 * write runs in one transaction of {@link BulkImport#write}, which commits or rolls back before the job
 * is marked as ended. The audit trail names the user who started the job.
 */
@Stateless
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    private BulkImport imports;

    @Inject
    private ImportJobs jobs;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN})
    public void run(ImportJob job, String content, SignedInUser user, AuditActor actor) {
        AuditActor.runAs(actor, () -> {
            try {
                jobs.finished(job, imports.write(content, user, job));
            } catch (ImportRejectedException e) {
                jobs.rejected(job, e.report());
            } catch (DomainException e) {
                jobs.failed(job, e.getMessage());
            } catch (RuntimeException e) {
                String errorId = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "import job " + job.id() + " failed (error id " + errorId + ")", e);
                jobs.failed(job, "the import failed and nothing was written (error id " + errorId + ")");
            }
        });
    }
}
