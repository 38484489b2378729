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
 * A service to a family at home (no removal) as the portal records it: it begins when the provider starts an in-home
 * service and ends when the service is completed. Its id comes from the generator row the demo loader reserves
 * blocks from.
 */
@Entity
@Table(name = "outcome_in_home")
public class OutcomeInHome implements Concerning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outcome_in_home_ids")
    @TableGenerator(name = "outcome_in_home_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "outcome_in_home", allocationSize = 1)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "provider_id")
    private Long providerId;

    @Transient
    private String childKey;

    @Transient
    private Long referralId;

    protected OutcomeInHome() {
        // for JPA
    }

    /** The provider's service at home for the child (its outcome record and key) begins on the day, on the referral. */
    public static OutcomeInHome begin(long childId, String childKey, LocalDate start, long providerId, Long referralId) {
        OutcomeInHome service = new OutcomeInHome();
        service.childId = childId;
        service.childKey = Objects.requireNonNull(childKey, "childKey");
        service.startDate = Objects.requireNonNull(start, "start");
        service.providerId = providerId;
        service.referralId = referralId;
        return service;
    }

    /** The service ends on the day (reported on the referral); an ended service stays as it ended. */
    public void end(LocalDate day, String childKey, Long referralId) {
        Objects.requireNonNull(day, "day");
        if (endDate != null) {
            return;
        }
        this.childKey = childKey;
        this.referralId = referralId;
        this.endDate = day;
    }

    public boolean isOpen() {
        return endDate == null;
    }

    @Override
    public List<Subject> auditSubjects() {
        List<Subject> subjects = new ArrayList<>(3);
        if (childKey != null) {
            subjects.add(Subject.child(childKey));
        }
        if (referralId != null) {
            subjects.add(Subject.referral(referralId));
        }
        if (providerId != null) {
            subjects.add(Subject.organisation(providerId));
        }
        return subjects;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
