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

/**
 * A maltreatment report on a child in care, as a provider or state staff reported it on a referral: the report date
 * and whether it was substantiated (the portal's reports carry no report id or disposition; the state's extracts
 * do, and are written by the extract import in JDBC batches). Its id comes from the generator row the extract import
 * reserves blocks from.
 */
@Entity
@Table(name = "outcome_maltreatment")
public class OutcomeMaltreatment implements Concerning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outcome_maltreatment_ids")
    @TableGenerator(name = "outcome_maltreatment_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "outcome_maltreatment", allocationSize = 1)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Column(name = "substantiated", nullable = false)
    private boolean substantiated;

    @Column(name = "in_care", nullable = false)
    private boolean inCare;

    @Column(name = "referral_id")
    private Long referralId;

    @Transient
    private String childKey;

    protected OutcomeMaltreatment() {
        // for JPA
    }

    /** A report on the child (its outcome record and key) in care, made on the referral. */
    public static OutcomeMaltreatment inCare(long childId, String childKey, LocalDate reportDate, boolean substantiated,
                                             Long referralId) {
        OutcomeMaltreatment report = new OutcomeMaltreatment();
        report.childId = childId;
        report.childKey = Objects.requireNonNull(childKey, "childKey");
        report.reportDate = Objects.requireNonNull(reportDate, "reportDate");
        report.substantiated = substantiated;
        report.inCare = true;
        report.referralId = referralId;
        return report;
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

    public long getChildId() {
        return childId;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public boolean isSubstantiated() {
        return substantiated;
    }

    public boolean isInCare() {
        return inCare;
    }
}
