package org.providernetwork.domain.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import org.providernetwork.domain.audit.Concerning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A reassessment of a referral's needs as a provider or state staff recorded it: the day, the ratings by need domain
 * (checked by {@link Reassessment#of}), who recorded it and when. Its audit records name the referral and its
 * children.
 */
@Entity
@Table(name = "referral_reassessment")
public class ReferralReassessment implements Concerning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_reassessment_ids")
    @TableGenerator(name = "referral_reassessment_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "referral_reassessment", allocationSize = 1)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_reassessment_rating", joinColumns = @JoinColumn(name = "reassessment_id"))
    @MapKeyColumn(name = "need_domain", length = 32)
    @Column(name = "rating", nullable = false)
    private Map<String, Integer> ratings = new TreeMap<>();

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The keys of the referral's children, for the audit record (stored with the children's own records). */
    @Transient
    private List<String> childKeys = List.of();

    protected ReferralReassessment() {
        // for JPA
    }

    /** Records a checked reassessment of the referral, by the user at the instant, about the children named. */
    public static ReferralReassessment record(long referralId, Reassessment checked, String by, Instant at,
                                              List<String> childKeys) {
        ReferralReassessment reassessment = new ReferralReassessment();
        reassessment.referralId = referralId;
        reassessment.assessedOn = Objects.requireNonNull(checked.assessedOn(), "assessedOn");
        checked.ratings().forEach((domain, rating) -> reassessment.ratings.put(domain.name(), rating));
        reassessment.recordedBy = Objects.requireNonNull(by, "by");
        reassessment.recordedAt = Objects.requireNonNull(at, "at");
        reassessment.childKeys = List.copyOf(childKeys);
        return reassessment;
    }

    @Override
    public List<Subject> auditSubjects() {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(Subject.referral(referralId));
        childKeys.forEach(key -> subjects.add(Subject.child(key)));
        return subjects;
    }

    public Long getId() {
        return id;
    }

    public long getReferralId() {
        return referralId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Map<String, Integer> getRatings() {
        return Map.copyOf(ratings);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
