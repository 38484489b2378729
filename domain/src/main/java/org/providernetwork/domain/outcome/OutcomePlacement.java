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
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A placement of a child in care as the portal records it (a provider starting a placement service, or reporting a
 * move): it begins on a day in a setting, and ends when the child moves on, the service is completed or the child is
 * discharged. Its id comes from the same generator row the extract import and the demo loader reserve blocks from
 * ({@code id_generator}, {@code outcome_placement}). Moves are never stored: the indicator engine derives them from
 * consecutive placements ({@link Placement}). The extract import writes this table by JDBC batches (its fast path).
 */
@Entity
@Table(name = "outcome_placement")
public class OutcomePlacement implements Concerning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outcome_placement_ids")
    @TableGenerator(name = "outcome_placement_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "outcome_placement", allocationSize = 1)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "episode_no", nullable = false)
    private int episodeNo;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting", nullable = false, length = 32)
    private Setting setting;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "county_fips", length = 5)
    private String countyFips;

    @Column(name = "contract_id")
    private Long contractId;

    /** The referral the placement was recorded on; null for the state's own rows. */
    @Column(name = "referral_id")
    private Long referralId;

    /** The child's key, for the audit record of a change made now (not stored here: the child's record holds it). */
    @Transient
    private String childKey;

    protected OutcomePlacement() {
        // for JPA
    }

    /**
     * A placement of the child (its outcome record and key) in the episode, from {@code start}, in the setting, with
     * the provider (in the county, under the contract, both may be null) on the referral.
     */
    public static OutcomePlacement begin(long childId, String childKey, int episodeNo, LocalDate start, Setting setting,
                                         Long providerId, String countyFips, Long contractId, Long referralId) {
        OutcomePlacement placement = new OutcomePlacement();
        placement.childId = childId;
        placement.childKey = Objects.requireNonNull(childKey, "childKey");
        placement.episodeNo = episodeNo;
        placement.startDate = Objects.requireNonNull(start, "start");
        placement.setting = Objects.requireNonNull(setting, "setting");
        placement.providerId = providerId;
        placement.countyFips = countyFips;
        placement.contractId = contractId;
        placement.referralId = referralId;
        return placement;
    }

    /** The placement ends on the day (the child's first day elsewhere); an ended placement stays as it ended. */
    public void end(LocalDate day, String childKey) {
        Objects.requireNonNull(day, "day");
        if (endDate != null) {
            return;
        }
        if (day.isBefore(startDate)) {
            throw new InvalidInputException("endDate", "the placement began on " + startDate + "; it cannot end on " + day);
        }
        this.childKey = childKey;
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

    public long getChildId() {
        return childId;
    }

    public int getEpisodeNo() {
        return episodeNo;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Setting getSetting() {
        return setting;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getReferralId() {
        return referralId;
    }
}
