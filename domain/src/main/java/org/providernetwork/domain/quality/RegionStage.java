package org.providernetwork.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;

/** One stage of a region's implementation of the practice model, with its dates (open-ended when current). */
@Entity
@Table(name = "cqi_stage")
public class RegionStage {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_stage_ids")
    @TableGenerator(name = "cqi_stage_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_stage", allocationSize = 1)
    private Long id;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 24)
    private ImplementationStage stage;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** The longest note of a stage. */
    public static final int NOTE_LENGTH = 500;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    protected RegionStage() {
    }

    public RegionStage(String regionCode, ImplementationStage stage, LocalDate startsOn, LocalDate endsOn, String note) {
        if (stage == null) {
            throw new InvalidInputException("stage", "PLANNING, INITIAL_IMPLEMENTATION or ONGOING");
        }
        this.regionCode = regionCode;
        this.stage = stage;
        reschedule(startsOn, endsOn, note);
    }

    public void reschedule(LocalDate startsOn, LocalDate endsOn, String note) {
        if (startsOn == null || (endsOn != null && endsOn.isBefore(startsOn))) {
            throw new InvalidInputException("startsOn", "a start date, and an end (if any) not before it");
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "at most " + NOTE_LENGTH + " characters");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public boolean isCurrent(LocalDate today) {
        return !startsOn.isAfter(today) && (endsOn == null || !endsOn.isBefore(today));
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public ImplementationStage getStage() {
        return stage;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getNote() {
        return note;
    }
}
