package org.providernetwork.portal.outcome;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.imports.RowError;
import org.providernetwork.service.outcome.AfcarsChanges;
import org.providernetwork.service.outcome.AfcarsFiles;
import org.providernetwork.service.outcome.AfcarsImport;
import org.providernetwork.service.outcome.AfcarsJob;
import org.providernetwork.service.outcome.AfcarsJobs;
import org.providernetwork.service.outcome.AfcarsRunner;
import org.providernetwork.service.outcome.AfcarsReport;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * State staff upload an AFCARS-style extract (four CSV files, format 1 or 2), see every problem row by row and what a
 * clean extract would change, and import it in the background with a progress bar; it applies whole or not at all,
 * and the finished job says what it changed.
 */
@Named
@ViewScoped
public class OutcomeImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AfcarsImport afcars;

    @Inject
    private AfcarsRunner runner;

    @Inject
    private AfcarsJobs jobs;

    @Inject
    private CurrentUser currentUser;

    private transient UploadedFile children;
    private transient UploadedFile episodes;
    private transient UploadedFile placements;
    private transient UploadedFile maltreatment;
    private AfcarsFiles files;
    private AfcarsReport report;
    private AfcarsJob job;

    public void check() {
        files = new AfcarsFiles(text(children), text(episodes), text(placements), text(maltreatment));
        try {
            report = afcars.check(files);
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void apply() {
        if (report == null || !report.valid()) {
            return;
        }
        job = runner.start(report, currentUser.get().username());
        runner.run(job, files);
    }

    /** Reads the job as it stands now, once per poll (the page's getters only read what this found). */
    public void refresh() {
        if (job != null) {
            job = jobs.find(job.id(), currentUser.get().username()).orElse(job);
        }
    }

    /** The job as last read. */
    public AfcarsJob getJob() {
        return job;
    }

    private static String text(UploadedFile file) {
        return file == null || file.getSize() == 0 ? null : new String(file.getContent(), StandardCharsets.UTF_8);
    }

    /** What an import changes (or changed), in words. */
    public String describe(AfcarsChanges c) {
        if (c == null) {
            return "";
        }
        if (c.none()) {
            return "nothing changes: every row is already in the outcome history as it stands";
        }
        return String.format(java.util.Locale.ROOT, "children: %d added, %d updated; episodes: %d added, %d closed, %d corrected;"
                        + " placements: %d added, %d replaced, %d removed; maltreatment reports: %d added, %d replaced",
                c.childrenAdded(), c.childrenUpdated(), c.episodesAdded(), c.episodesClosed(), c.episodesReplaced(),
                c.placementsAdded(), c.placementsReplaced(), c.placementsRemoved(), c.reportsAdded(), c.reportsReplaced());
    }

    public List<RowError> getErrors() {
        return report == null ? List.of() : report.errors();
    }

    public AfcarsReport getReport() {
        return report;
    }

    public UploadedFile getChildren() {
        return children;
    }

    public void setChildren(UploadedFile children) {
        this.children = children;
    }

    public UploadedFile getEpisodes() {
        return episodes;
    }

    public void setEpisodes(UploadedFile episodes) {
        this.episodes = episodes;
    }

    public UploadedFile getPlacements() {
        return placements;
    }

    public void setPlacements(UploadedFile placements) {
        this.placements = placements;
    }

    public UploadedFile getMaltreatment() {
        return maltreatment;
    }

    public void setMaltreatment(UploadedFile maltreatment) {
        this.maltreatment = maltreatment;
    }
}
