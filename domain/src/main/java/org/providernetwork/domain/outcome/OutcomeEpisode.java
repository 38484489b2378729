package org.providernetwork.domain.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import org.providernetwork.domain.audit.Concerning;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A removal episode as the portal records it: it opens when a provider starts a placement for a child with no open
 * episode, and closes with a discharge (a day and a reason). Its id comes from the generator row the extract import
 * reserves blocks from; the extract import closes and corrects the state's own episodes in JDBC batches.
 */
@Entity
@Table(name = "outcome_episode")
public class OutcomeEpisode implements Concerning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outcome_episode_ids")
    @TableGenerator(name = "outcome_episode_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "outcome_episode", allocationSize = 1)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "episode_no", nullable = false)
    private int episodeNo;

    @Column(name = "removal_date", nullable = false)
    private LocalDate removalDate;

    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "discharge_reason", length = 24)
    private DischargeReason dischargeReason;

    @Transient
    private String childKey;

    @Transient
    private Long referralId;

    protected OutcomeEpisode() {
        // for JPA
    }

    /** The child (its outcome record and key) enters care on the day: episode {@code number} opens, on the referral. */
    public static OutcomeEpisode open(long childId, String childKey, int number, LocalDate removal, Long referralId) {
        OutcomeEpisode episode = new OutcomeEpisode();
        episode.childId = childId;
        episode.childKey = Objects.requireNonNull(childKey, "childKey");
        episode.episodeNo = number;
        episode.removalDate = Objects.requireNonNull(removal, "removal");
        episode.referralId = referralId;
        return episode;
    }

    /** The child leaves care on the day for the reason (reported on the referral); an episode closes once. */
    public void discharge(LocalDate day, DischargeReason reason, String childKey, Long referralId) {
        Objects.requireNonNull(day, "day");
        if (reason == null) {
            throw new InvalidInputException("reason", "a discharge has a reason");
        }
        if (dischargeDate != null) {
            throw new ConflictException("episode", "episode " + episodeNo + " closed on " + dischargeDate);
        }
        if (day.isBefore(removalDate)) {
            throw new InvalidInputException("dischargeDate", "the child entered care on " + removalDate
                    + "; the discharge cannot be earlier");
        }
        this.childKey = childKey;
        this.referralId = referralId;
        this.dischargeDate = day;
        this.dischargeReason = reason;
    }

    public boolean isOpen() {
        return dischargeDate == null;
    }

    @Override
    public List<Subject> auditSubjects() {
        if (childKey == null) {
            return List.of();
        }
        return referralId == null ? List.of(Subject.child(childKey))
                : List.of(Subject.child(childKey), Subject.referral(referralId));
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public int getEpisodeNo() {
        return episodeNo;
    }

    public LocalDate getRemovalDate() {
        return removalDate;
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }
}
