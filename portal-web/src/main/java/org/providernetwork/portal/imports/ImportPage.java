package org.providernetwork.portal.imports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.imports.BulkImport;
import org.providernetwork.service.imports.ImportJob;
import org.providernetwork.service.imports.ImportJobs;
import org.providernetwork.service.imports.ImportRejectedException;
import org.providernetwork.service.imports.ImportReport;
import org.providernetwork.service.imports.ImportResult;
import org.providernetwork.service.imports.RowError;

import java.io.Serializable;
import java.util.List;

/**
 * Bulk import (state staff, regional leads, provider administrators): a file is checked as soon as it
 * is uploaded and its report shown; a clean file is applied in the background while a progress bar
 * polls the job; the outcome replaces the bar. The service decides everything, including tenancy.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BulkImport imports;

    @Inject
    private ImportJobs jobs;

    @Inject
    private CurrentUser currentUser;

    private String fileName;
    private String content;
    private ImportReport report;
    private String jobId;
    /** The job as last read (by {@link #apply} or the poll's {@link #refresh}); the getters read only this. */
    private transient ImportJob job;
    private ImportResult result;
    private String failure;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        jobId = null;
        job = null;
        result = null;
        failure = null;
        try {
            content = org.providernetwork.service.imports.ImportFile.text(event.getFile().getContent());
            report = imports.validate(content);
        } catch (DomainException e) {
            report = null;
            content = null;
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public void apply() {
        if (content == null || report == null || !report.valid()) {
            message(FacesMessage.SEVERITY_WARN, "Upload a file without problems first");
            return;
        }
        try {
            job = imports.start(content);
            jobId = job.id();
        } catch (ImportRejectedException e) {
            report = e.report();
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    /** Called by the poll: takes the outcome of an ended job. */
    public void refresh() {
        job = job();
        if (job == null || job.running()) {
            return;
        }
        switch (job.state()) {
            case DONE -> {
                result = job.result();
                content = null;
                message(FacesMessage.SEVERITY_INFO, "Imported " + fileName);
            }
            case REJECTED -> {
                report = job.report();
                message(FacesMessage.SEVERITY_ERROR, "The file was not imported: the network changed since it was checked");
            }
            default -> {
                failure = job.failure();
                message(FacesMessage.SEVERITY_ERROR, failure);
            }
        }
        jobId = null;
        job = null;
    }

    private ImportJob job() {
        return jobs.find(jobId, currentUser.isSignedIn() ? currentUser.get().username() : null).orElse(null);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public boolean isRunning() {
        return job != null && job.running();
    }

    /** A job was started in this view and its outcome not yet taken. */
    public boolean isStarted() {
        return jobId != null;
    }

    public int getProgress() {
        return job == null ? (result != null ? 100 : 0) : job.percent();
    }

    public String getProgressText() {
        return job == null ? "" : job.done() + " of " + job.total() + " steps";
    }

    public boolean isApplicable() {
        return content != null && report != null && report.valid() && jobId == null && result == null;
    }

    public String getVerdict() {
        if (report == null) {
            return "";
        }
        int problems = report.errors().size();
        return problems == 0 ? "No problems found."
                : (problems == 1 ? "1 problem" : problems + " problems") + " found; fix the file and upload it again."
                + " Nothing is imported until every row is valid.";
    }

    public List<RowError> getErrors() {
        return report == null ? List.of() : report.errors();
    }

    public String getFileName() {
        return fileName;
    }

    public ImportReport getReport() {
        return report;
    }

    public ImportResult getResult() {
        return result;
    }

    public String getFailure() {
        return failure;
    }
}
