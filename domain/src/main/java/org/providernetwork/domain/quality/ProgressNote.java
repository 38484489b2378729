package org.providernetwork.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;

/** A progress note on an improvement plan. */
@Entity
@Table(name = "cqi_note")
public class ProgressNote {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_note_ids")
    @TableGenerator(name = "cqi_note_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_note", allocationSize = 10)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private ImprovementPlan plan;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    protected ProgressNote() {
    }

    ProgressNote(ImprovementPlan plan, String body, String by, Instant at) {
        if (body == null || body.isBlank() || body.length() > 2000) {
            throw new InvalidInputException("note", "a note of at most 2000 characters");
        }
        this.plan = plan;
        this.body = body.trim();
        this.writtenBy = by;
        this.writtenAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }
}
