package org.providernetwork.domain.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import org.providernetwork.domain.audit.Concerning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A change of school of a child in care, as reported on a referral (checked by {@link CareTimeline#checkInCare}). */
@Entity
@Table(name = "outcome_school_change")
public class OutcomeSchoolChange implements Concerning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outcome_school_change_ids")
    @TableGenerator(name = "outcome_school_change_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "outcome_school_change", allocationSize = 1)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "note", length = CareTimeline.REPORT_NOTE_LENGTH)
    private String note;

    @Transient
    private String childKey;

    protected OutcomeSchoolChange() {
        // for JPA
    }

    /** The child (its outcome record and key) changed school on the day, as reported on the referral. */
    public static OutcomeSchoolChange reported(long childId, String childKey, LocalDate changedOn, String note, Long referralId) {
        OutcomeSchoolChange change = new OutcomeSchoolChange();
        change.childId = childId;
        change.childKey = Objects.requireNonNull(childKey, "childKey");
        change.changedOn = Objects.requireNonNull(changedOn, "changedOn");
        change.note = note;
        change.referralId = referralId;
        return change;
    }

    @Override
    public List<Subject> auditSubjects() {
        List<Subject> subjects = new ArrayList<>(2);
        if (childKey != null) {
            subjects.add(Subject.child(childKey));
        }
        if (referralId != null) {
            subjects.add(Subject.referral(referralId));
        }
        return subjects;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getNote() {
        return note;
    }
}
