package org.providernetwork.portal.quality;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.quality.ImplementationStage;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.portal.shell.Labels;
import org.providernetwork.service.quality.CaseReviews;
import org.providernetwork.service.quality.ImplementationStages;
import org.providernetwork.service.quality.QualityViews.ReviewerRegionView;
import org.providernetwork.service.quality.QualityViews.StageView;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The statewide implementation timeline: each region's stages as bars on one time axis (from the earliest
 * start to a year past the latest). State staff set a region's stage dates and assign CQI reviewers to regions
 * here; a reviewer works only in the regions assigned.
 */
@Named
@ViewScoped
public class TimelinePage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    /** Domain field names to the inputs of the two forms. */
    private static final Map<String, String> FIELDS = Map.of("stage:region", "stageForm:stageRegion",
            "stage:stage", "stageForm:stage", "stage:startsOn", "stageForm:startsOn", "stage:endsOn", "stageForm:endsOn",
            "stage:period", "stageForm:endsOn", "assign:username", "assignForm:username", "assign:region", "assignForm:assignRegion");

    @Inject
    private ImplementationStages stages;

    @Inject
    private CaseReviews reviews;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Labels labels;

    private List<StageView> rows;
    private List<ReviewerRegionView> reviewers;
    private LocalDate from;
    private long span;

    private String stageRegion;
    private ImplementationStage stage;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String note;
    private String username;
    private String assignRegion;

    public void load() {
        rows = stages.timeline();
        from = rows.stream().map(StageView::startsOn).min(LocalDate::compareTo).orElse(LocalDate.now(clock));
        LocalDate to = rows.stream().map(s -> s.endsOn() == null ? s.startsOn().plusYears(1) : s.endsOn())
                .max(LocalDate::compareTo).orElse(from.plusYears(1));
        span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        reviewers = currentUser.isStateStaff() || currentUser.has(org.providernetwork.domain.account.Roles.AUDITOR)
                ? reviews.reviewerRegions() : List.of();
    }

    public void saveStage() {
        if (act("stage", () -> stages.set(stageRegion, stage, startsOn, endsOn, note))) {
            Messages.info("Stage dates saved for " + labels.region(stageRegion));
        }
    }

    public void assign() {
        if (act("assign", () -> reviews.assignRegion(username, assignRegion))) {
            Messages.info(labels.person(username) + " now reviews in " + labels.region(assignRegion));
            username = null;
        }
    }

    public void unassign(ReviewerRegionView assignment) {
        if (act("assign", () -> {
            reviews.unassignRegion(assignment.id());
            return null;
        })) {
            Messages.info(labels.person(assignment.username()) + " no longer reviews in " + labels.region(assignment.regionCode()));
        }
    }

    private boolean act(String form, java.util.function.Supplier<Object> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            load();
            return true;
        } catch (DomainException e) {
            String input = e.field() == null ? null : FIELDS.get(form + ":" + e.field());
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
            return false;
        }
    }

    /** The bar's left offset and width in percent of the axis, as a style. */
    public String bar(StageView stage) {
        LocalDate end = stage.endsOn() == null ? from.plusDays(span) : stage.endsOn();
        double left = 100.0 * ChronoUnit.DAYS.between(from, stage.startsOn()) / span;
        double width = Math.max(1, 100.0 * ChronoUnit.DAYS.between(stage.startsOn(), end) / span);
        return String.format(java.util.Locale.ROOT, "margin-left:%.1f%%;width:%.1f%%", left, width);
    }

    public ImplementationStage[] getStages() {
        return ImplementationStage.values();
    }

    public List<StageView> getRows() {
        return rows;
    }

    public List<ReviewerRegionView> getReviewers() {
        return reviewers;
    }

    public LocalDate getFrom() {
        return from;
    }

    public String getStageRegion() {
        return stageRegion;
    }

    public void setStageRegion(String stageRegion) {
        this.stageRegion = stageRegion;
    }

    public ImplementationStage getStage() {
        return stage;
    }

    public void setStage(ImplementationStage stage) {
        this.stage = stage;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAssignRegion() {
        return assignRegion;
    }

    public void setAssignRegion(String assignRegion) {
        this.assignRegion = assignRegion;
    }
}
