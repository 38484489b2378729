package org.providernetwork.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** A referral no eligible service could take (none matched, or every match was used up), and why. */
@Entity
@Table(name = "unmet_need")
public class UnmetNeed {

    /** How far back the unmet-need report reaches from its end day when no start is asked for. */
    public static final int REPORT_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "unmet_need_ids")
    @TableGenerator(name = "unmet_need_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "unmet_need", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private Referral referral;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "service_type_code", nullable = false, length = 32)
    private String serviceTypeCode;

    @Column(name = "county_fips", nullable = false, length = 5)
    private String countyFips;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "need_codes", length = 400)
    private String needCodes;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    /** The first day of the unmet-need report ending on a day, when no start is asked for. */
    public static java.time.LocalDate reportStart(java.time.LocalDate end) {
        return end.minusDays(REPORT_DAYS);
    }

    protected UnmetNeed() {
        // for JPA
    }

    public UnmetNeed(Referral referral, String reason, Instant at) {
        this.referral = referral;
        this.recordedAt = at;
        this.serviceTypeCode = referral.getServiceTypeCode();
        this.countyFips = referral.getHomeCountyFips();
        this.regionCode = referral.getRegionCode();
        java.util.Set<String> needs = new java.util.TreeSet<>(referral.getRequiredPopulations());
        needs.addAll(referral.actionableNeedCodes());
        String joined = String.join(",", needs);
        this.needCodes = joined.isEmpty() ? null : joined.length() > 400 ? joined.substring(0, 400) : joined;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getServiceTypeCode() {
        return serviceTypeCode;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getNeedCodes() {
        return needCodes;
    }

    public String getReason() {
        return reason;
    }
}
