package org.providernetwork.portal.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.quality.InterviewRole;
import org.providernetwork.domain.quality.Rating;
import org.providernetwork.domain.quality.ReviewStatus;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.quality.CaseReviews;
import org.providernetwork.service.quality.QualityViews.ComponentView;
import org.providernetwork.service.quality.QualityViews.ItemView;
import org.providernetwork.service.quality.QualityViews.ReviewView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One case review ({@code ?id=}). The assigned reviewer (or state CQI staff) records the interviews held
 * and rates every item of the cycle's instrument with a rationale, saves as it goes and completes the
 * review; everyone else who may see it (the region, the provider that served the case) reads it.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseReviews reviews;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private ReviewView review;
    private boolean editable;
    private final List<InterviewRow> interviews = new ArrayList<>();
    /** Ratings by item id, as the enum names the form posts. */
    private final Map<Long, String> ratings = new HashMap<>();
    private final Map<Long, String> rationales = new HashMap<>();
    private String feedback;

    /** An interview row of the form. */
    public static class InterviewRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private InterviewRole role;
        private LocalDate heldOn;
        private String note;

        public InterviewRole getRole() {
            return role;
        }

        public void setRole(InterviewRole role) {
            this.role = role;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public void load() {
        try {
            show(reviews.review(Long.parseLong(id == null ? "" : id.trim())));
        } catch (NumberFormatException e) {
            throw new NotFoundException("review", id);
        }
    }

    private void show(ReviewView view) {
        review = view;
        editable = reviews.records(view.summary().id());
        interviews.clear();
        view.interviews().forEach(i -> {
            InterviewRow row = new InterviewRow();
            row.role = i.role();
            row.heldOn = i.heldOn();
            row.note = i.note();
            interviews.add(row);
        });
        ratings.clear();
        rationales.clear();
        view.ratings().forEach(r -> {
            ratings.put(r.itemId(), r.rating().name());
            rationales.put(r.itemId(), r.rationale());
        });
        feedback = view.feedback();
    }

    public void addInterview() {
        InterviewRow row = new InterviewRow();
        row.heldOn = LocalDate.now(clock);
        interviews.add(row);
    }

    public void removeInterview(int index) {
        if (index >= 0 && index < interviews.size()) {
            interviews.remove(index);
        }
    }

    public void save() {
        submit(false);
    }

    public void complete() {
        submit(true);
    }

    private void submit(boolean complete) {
        List<CaseReviews.InterviewInput> interviewInputs = interviews.stream()
                .map(i -> new CaseReviews.InterviewInput(i.role, i.heldOn, i.note)).toList();
        List<CaseReviews.RatingInput> ratingInputs = new ArrayList<>();
        for (ComponentView component : review.instrument().components()) {
            for (ItemView item : component.items()) {
                String rating = ratings.get(item.id());
                ratingInputs.add(new CaseReviews.RatingInput(item.id(), rating == null || rating.isBlank() ? null : Rating.valueOf(rating),
                        rationales.get(item.id())));
            }
        }
        try {
            show(reviews.record(review.summary().id(), new CaseReviews.ReviewInput(interviewInputs, ratingInputs, feedback, complete),
                    review.version()));
            Messages.info(complete ? "Review completed" : "Review saved");
        } catch (StaleVersionException e) {
            Messages.error("Someone else saved this review after you opened it; reload the page to see their change.");
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Whether the signed-in user may record this review. */
    public boolean isEditable() {
        return editable;
    }

    public Rating[] getRatingValues() {
        return Rating.values();
    }

    public InterviewRole[] getRoles() {
        return InterviewRole.values();
    }

    public String ratingOf(long itemId) {
        String rating = ratings.get(itemId);
        return rating == null ? "—" : Rating.valueOf(rating).getLabel();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReviewView getReview() {
        return review;
    }

    public List<InterviewRow> getInterviews() {
        return interviews;
    }

    public Map<Long, String> getRatings() {
        return ratings;
    }

    public Map<Long, String> getRationales() {
        return rationales;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
