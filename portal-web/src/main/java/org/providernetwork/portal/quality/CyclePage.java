package org.providernetwork.portal.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.quality.CycleStatus;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.quality.CaseReviews;
import org.providernetwork.service.quality.QualityViews.CycleView;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** One review cycle ({@code ?id=}): its sampling plan and cases; state CQI staff draw the sample and assign reviewers. */
@Named
@ViewScoped
public class CyclePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseReviews reviews;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private CycleView cycle;
    private boolean runs;
    private final Map<Long, String> reviewers = new HashMap<>();

    public void load() {
        try {
            cycle = reviews.cycle(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("cycle", id);
        }
        cycle.reviews().forEach(r -> reviewers.put(r.id(), r.reviewer()));
        runs = reviews.runs(cycle.cycle().id());
    }

    public void drawSample() {
        try {
            cycle = reviews.drawSample(cycle.cycle().id());
            Messages.info(cycle.reviews().size() + " cases drawn");
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
    }

    public void assign(long reviewId) {
        try {
            reviews.assign(reviewId, reviewers.get(reviewId));
            cycle = reviews.cycle(cycle.cycle().id());
            Messages.info("Assigned to " + reviewers.get(reviewId));
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isSamplable() {
        return runs && cycle.cycle().status() == CycleStatus.PLANNED;
    }

    public boolean isAssignable() {
        return runs && cycle.cycle().status() == CycleStatus.IN_REVIEW;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CycleView getCycle() {
        return cycle;
    }

    public Map<Long, String> getReviewers() {
        return reviewers;
    }
}
