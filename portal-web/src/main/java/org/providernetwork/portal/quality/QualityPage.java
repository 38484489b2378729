package org.providernetwork.portal.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.quality.CycleKind;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.quality.CaseReviews;
import org.providernetwork.service.quality.QualityReports;
import org.providernetwork.service.quality.QualityViews.ComparisonRow;
import org.providernetwork.service.quality.QualityViews.CycleSummary;
import org.providernetwork.service.quality.QualityViews.ReviewSummary;
import org.providernetwork.service.quality.QualityViews.StatewideRow;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The quality improvement overview: results per region and statewide, the review cycles (state CQI staff
 * plan new ones here), the reviews assigned to the signed-in reviewer, and for a provider the feedback on
 * the cases it served.
 */
@Named
@ViewScoped
public class QualityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseReviews reviews;

    @Inject
    private QualityReports reports;

    @Inject
    private CurrentUser currentUser;

    private List<StatewideRow> regions = List.of();
    private List<ComparisonRow> components = List.of();
    private List<CycleSummary> cycles = List.of();
    private List<ReviewSummary> mine = List.of();
    private List<ReviewSummary> feedback = List.of();

    private String newRegion;
    private List<CycleKind> kinds = List.of();
    private CycleKind newKind = CycleKind.BASELINE;
    private String newTitle;
    private LocalDate newStart;
    private LocalDate newEnd;
    private Integer newSize = 20;
    private Long newSeed;

    public void load() {
        if (currentUser.isProvider()) {
            feedback = reviews.completed(null);
            return;
        }
        regions = reports.statewide();
        components = reports.statewideComponents();
        cycles = reviews.cycles(null);
        if (currentUser.isLead()) {
            newRegion = currentUser.getLeadRegionCode();
        }
        kinds = reviews.plannableKinds(newRegion == null ? "" : newRegion);
        if (!kinds.isEmpty() && !kinds.contains(newKind)) {
            newKind = kinds.get(0);
        }
        if (currentUser.isStateStaff() || currentUser.has("cqi-reviewer") || currentUser.isLead()) {
            mine = reviews.assignedToMe();
        }
    }

    public String plan() {
        try {
            CycleSummary cycle = reviews.plan(new CaseReviews.NewCycle(newRegion, null, newKind, newTitle, newStart, newEnd, newSize,
                    newSeed, null));
            return "/quality/cycle?faces-redirect=true&id=" + cycle.id();
        } catch (DomainException e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    /** The kinds of cycle the caller plans (the service decides: state staff all, a lead its region's interim reviews). */
    public List<CycleKind> getKinds() {
        return kinds;
    }

    public boolean isPlanner() {
        return !kinds.isEmpty();
    }

    public List<StatewideRow> getRegions() {
        return regions;
    }

    public List<ComparisonRow> getComponents() {
        return components;
    }

    public List<CycleSummary> getCycles() {
        return cycles;
    }

    public List<ReviewSummary> getMine() {
        return mine;
    }

    public List<ReviewSummary> getFeedback() {
        return feedback;
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public CycleKind getNewKind() {
        return newKind;
    }

    public void setNewKind(CycleKind newKind) {
        this.newKind = newKind;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public LocalDate getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDate newStart) {
        this.newStart = newStart;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public Integer getNewSize() {
        return newSize;
    }

    public void setNewSize(Integer newSize) {
        this.newSize = newSize;
    }

    public Long getNewSeed() {
        return newSeed;
    }

    public void setNewSeed(Long newSeed) {
        this.newSeed = newSeed;
    }
}
