package org.providernetwork.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A goal of an improvement plan, tied to a component or an indicator, with its action steps. */
@Entity
@Table(name = "cqi_goal")
public class PlanGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_goal_ids")
    @TableGenerator(name = "cqi_goal_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_goal", allocationSize = 10)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private ImprovementPlan plan;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "statement", nullable = false, length = 1000)
    private String statement;

    /** The longest component code (column {@code component_code}, as {@code cqi_component.code}). */
    public static final int COMPONENT_LENGTH = 32;

    @Column(name = "component_code", length = COMPONENT_LENGTH)
    private String componentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", length = 32)
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private GoalStatus status;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ActionStep> steps = new ArrayList<>();

    protected PlanGoal() {
    }

    PlanGoal(ImprovementPlan plan, int position, String statement, String componentCode, Indicator indicator) {
        this.plan = plan;
        this.position = position;
        this.statement = statement;
        this.componentCode = componentCode;
        this.indicator = indicator;
        this.status = GoalStatus.OPEN;
    }

    ActionStep addStep(String action, String owner, LocalDate due) {
        requireOpen();
        ActionStep step = new ActionStep(this, steps.size() + 1, action, owner, due);
        steps.add(step);
        return step;
    }

    void meet(String note) {
        requireOpen();
        status = GoalStatus.MET;
        outcomeNote = note == null || note.isBlank() ? null : note.trim();
    }

    void withdraw(String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a goal is withdrawn only with a reason");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "at most 1000 characters");
        }
        status = GoalStatus.WITHDRAWN;
        outcomeNote = reason.trim();
    }

    private void requireOpen() {
        if (status != GoalStatus.OPEN) {
            throw new ConflictException("status", "goal #" + position + " is " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public Long getId() {
        return id;
    }

    public ImprovementPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getStatement() {
        return statement;
    }

    public String getComponentCode() {
        return componentCode;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public List<ActionStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
