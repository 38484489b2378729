package org.providernetwork.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review cycle of one region (or one county of it): its kind, the period whose served cases it samples,
 * the instrument version it uses, and its sampling plan (size and seed, so the sample can be drawn again).
 */
@Entity
@Table(name = "cqi_cycle")
public class ReviewCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_cycle_ids")
    @TableGenerator(name = "cqi_cycle_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_cycle", allocationSize = 1)
    private Long id;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "county_fips", length = 5)
    private String countyFips;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private CycleKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @ManyToOne(optional = false)
    @JoinColumn(name = "instrument_id")
    private Instrument instrument;

    @Column(name = "sample_size", nullable = false)
    private int sampleSize;

    @Column(name = "sample_seed", nullable = false)
    private long sampleSeed;

    @Column(name = "sampled_at")
    private Instant sampledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CycleStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReviewCycle() {
    }

    public static ReviewCycle plan(String regionCode, String countyFips, CycleKind kind, String title, LocalDate periodStart,
                                   LocalDate periodEnd, Instrument instrument, SamplingPlan sampling, String by, Instant at) {
        if (kind == null) {
            throw new InvalidInputException("kind", "BASELINE, FOLLOW_UP, PEER or COUNTY_TEAM");
        }
        if (kind == CycleKind.COUNTY_TEAM && countyFips == null) {
            throw new InvalidInputException("county", "a county team reviews one county: name it");
        }
        if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
            throw new InvalidInputException("period", "a period whose end is not before its start");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInputException("title", "a title of at most 200 characters");
        }
        ReviewCycle cycle = new ReviewCycle();
        cycle.regionCode = regionCode;
        cycle.countyFips = countyFips;
        cycle.kind = kind;
        cycle.title = title.trim();
        cycle.periodStart = periodStart;
        cycle.periodEnd = periodEnd;
        cycle.instrument = instrument;
        cycle.sampleSize = sampling.size();
        cycle.sampleSeed = sampling.seed();
        cycle.status = CycleStatus.PLANNED;
        cycle.createdBy = by;
        cycle.createdAt = at;
        return cycle;
    }

    public SamplingPlan sampling() {
        return new SamplingPlan(sampleSize, sampleSeed);
    }

    /** The sample has been drawn: the cycle is in review. Drawing twice is a conflict. */
    public void sampled(Instant at) {
        if (status != CycleStatus.PLANNED) {
            throw new ConflictException("status", "the sample of this cycle has been drawn already");
        }
        status = CycleStatus.IN_REVIEW;
        sampledAt = at;
    }

    public void close() {
        if (status != CycleStatus.IN_REVIEW) {
            throw new ConflictException("status", "only a cycle in review can be closed");
        }
        status = CycleStatus.CLOSED;
    }

    public boolean isOpenForReview() {
        return status == CycleStatus.IN_REVIEW;
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public CycleKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public int getSampleSize() {
        return sampleSize;
    }

    public long getSampleSeed() {
        return sampleSeed;
    }

    public Instant getSampledAt() {
        return sampledAt;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
