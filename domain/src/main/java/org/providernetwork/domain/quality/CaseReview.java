package org.providernetwork.domain.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review of one sampled case (a served referral): who reviews it, the interviews held, the rating of
 * every item of the cycle's instrument version with its rationale, and the feedback the provider and the
 * region read. Completion needs every item rated and at least one interview; a completed review is final.
 */
@Entity
@Table(name = "cqi_case_review")
public class CaseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_case_review_ids")
    @TableGenerator(name = "cqi_case_review_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_case_review", allocationSize = 20)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private ReviewCycle cycle;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "service_type_code", nullable = false, length = 32)
    private String serviceTypeCode;

    @Column(name = "urgency", nullable = false, length = 16)
    private String urgency;

    @Column(name = "reviewer", length = 100)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReviewStatus status;

    @Column(name = "feedback", length = 2000)
    private String feedback;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ElementCollection
    @CollectionTable(name = "cqi_interview", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<Interview> interviews = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cqi_rating", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "item_id")
    private Map<Long, ItemRating> ratings = new HashMap<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseReview() {
    }

    /** A case drawn into a cycle's sample: the referral, its region, the provider that served it, its stratum. */
    public static CaseReview sampled(ReviewCycle cycle, long referralId, String regionCode, Long providerId,
                                     String serviceTypeCode, String urgency) {
        CaseReview review = new CaseReview();
        review.cycle = cycle;
        review.referralId = referralId;
        review.regionCode = regionCode;
        review.providerId = providerId;
        review.serviceTypeCode = serviceTypeCode;
        review.urgency = urgency;
        review.status = ReviewStatus.SAMPLED;
        return review;
    }

    public void assign(String reviewer) {
        if (status == ReviewStatus.COMPLETED) {
            throw new ConflictException("reviewer", "a completed review keeps its reviewer");
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new InvalidInputException("reviewer", "name the reviewer");
        }
        this.reviewer = reviewer.trim();
    }

    /**
     * Records the interviews and ratings so far (replacing what was recorded) and the feedback. Every
     * rated item must be an item of the cycle's instrument.
     */
    public void record(List<Interview> interviews, Map<Long, ItemRating> ratings, String feedback) {
        if (status == ReviewStatus.COMPLETED) {
            throw new ConflictException("status", "a completed review is final");
        }
        if (!cycle.isOpenForReview()) {
            throw new ConflictException("status", "the cycle is not in review");
        }
        if (feedback != null && feedback.length() > 2000) {
            throw new InvalidInputException("feedback", "at most 2000 characters");
        }
        for (Long itemId : ratings.keySet()) {
            if (cycle.getInstrument().item(itemId).isEmpty()) {
                throw new InvalidInputException("ratings.itemId", "item " + itemId + " is not an item of instrument version "
                        + cycle.getInstrument().getVersionNumber());
            }
        }
        this.interviews.clear();
        this.interviews.addAll(interviews);
        this.ratings.keySet().retainAll(ratings.keySet());
        this.ratings.putAll(ratings);
        this.feedback = feedback == null || feedback.isBlank() ? null : feedback.trim();
        this.status = ReviewStatus.IN_PROGRESS;
    }

    /** Completes the review: every item of the instrument rated, at least one interview held. */
    public void complete(Instant at) {
        if (status == ReviewStatus.COMPLETED) {
            throw new ConflictException("status", "the review is completed already");
        }
        if (!cycle.isOpenForReview()) {
            throw new ConflictException("status", "the cycle is not in review");
        }
        List<String> missing = cycle.getInstrument().items().stream().filter(i -> !ratings.containsKey(i.getId()))
                .map(InstrumentItem::getCode).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("ratings", "rate every item before completing; not rated: " + String.join(", ", missing));
        }
        if (interviews.isEmpty()) {
            throw new InvalidInputException("interviews", "record at least one interview before completing");
        }
        status = ReviewStatus.COMPLETED;
        completedAt = at;
    }

    /** The ratings with their items' component and item codes, for scoring. */
    public List<Scoring.Rated> rated() {
        List<Scoring.Rated> result = new ArrayList<>();
        for (InstrumentItem item : cycle.getInstrument().items()) {
            ItemRating rating = ratings.get(item.getId());
            if (rating != null) {
                result.add(new Scoring.Rated(item.getComponent().getCode(), item.getCode(), rating.getRating()));
            }
        }
        return result;
    }

    public Long getId() {
        return id;
    }

    public ReviewCycle getCycle() {
        return cycle;
    }

    public long getReferralId() {
        return referralId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getServiceTypeCode() {
        return serviceTypeCode;
    }

    public String getUrgency() {
        return urgency;
    }

    public String getReviewer() {
        return reviewer;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public List<Interview> getInterviews() {
        return Collections.unmodifiableList(interviews);
    }

    public Map<Long, ItemRating> getRatings() {
        return Collections.unmodifiableMap(ratings);
    }

    public long getVersion() {
        return version;
    }
}
