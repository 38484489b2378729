package org.providernetwork.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import org.providernetwork.domain.audit.Concerning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Units of a contract line's service a provider delivered on a referral, as reported (checked by
 * {@link UnitsDelivered#of}): the day, the units and what they cost at the line's rate. Its id comes from the
 * generator row the demo loader reserves blocks from; its audit records name the referral, the provider and the
 * referral's children.
 */
@Entity
@Table(name = "service_units")
public class ServiceUnits implements Concerning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_units_ids")
    @TableGenerator(name = "service_units_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "service_units", allocationSize = 1)
    private Long id;

    @Column(name = "contract_line_id", nullable = false)
    private long contractLineId;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "units", nullable = false, precision = 12, scale = 2)
    private BigDecimal units;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "note", length = 300)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Transient
    private List<String> childKeys = List.of();

    protected ServiceUnits() {
        // for JPA
    }

    /** Records checked units of the line, delivered by the provider on the referral, by the user at the instant. */
    public static ServiceUnits record(UnitsDelivered delivered, long contractLineId, long referralId, long providerId,
                                      String note, String by, Instant at, List<String> childKeys) {
        ServiceUnits units = new ServiceUnits();
        units.contractLineId = contractLineId;
        units.referralId = referralId;
        units.providerId = providerId;
        units.deliveredOn = Objects.requireNonNull(delivered.deliveredOn(), "deliveredOn");
        units.units = delivered.units();
        units.amount = delivered.amount();
        units.note = note;
        units.recordedBy = Objects.requireNonNull(by, "by");
        units.recordedAt = Objects.requireNonNull(at, "at");
        units.childKeys = List.copyOf(childKeys);
        return units;
    }

    @Override
    public List<Subject> auditSubjects() {
        List<Subject> subjects = new ArrayList<>();
        if (referralId != null) {
            subjects.add(Subject.referral(referralId));
        }
        subjects.add(Subject.organisation(providerId));
        childKeys.forEach(key -> subjects.add(Subject.child(key)));
        return subjects;
    }

    public Long getId() {
        return id;
    }

    public long getContractLineId() {
        return contractLineId;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public BigDecimal getUnits() {
        return units;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
