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
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;

/** An action step toward a goal: what, who owns it (a username), by when, and how far it is. */
@Entity
@Table(name = "cqi_step")
public class ActionStep {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_step_ids")
    @TableGenerator(name = "cqi_step_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_step", allocationSize = 10)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id")
    private PlanGoal goal;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "action", nullable = false, length = 500)
    private String action;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private StepStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected ActionStep() {
    }

    ActionStep(PlanGoal goal, int position, String action, String owner, LocalDate dueOn) {
        if (action == null || action.isBlank() || action.length() > 500) {
            throw new InvalidInputException("action", "an action of at most 500 characters");
        }
        if (owner == null || owner.isBlank()) {
            throw new InvalidInputException("owner", "every step has an owner");
        }
        if (dueOn == null) {
            throw new InvalidInputException("due", "every step has a due date");
        }
        this.goal = goal;
        this.position = position;
        this.action = action.trim();
        this.owner = owner.trim();
        this.dueOn = dueOn;
        this.status = StepStatus.NOT_STARTED;
    }

    void update(StepStatus status, LocalDate today) {
        if (status == null) {
            throw new InvalidInputException("status", "NOT_STARTED, IN_PROGRESS, DONE or DROPPED");
        }
        this.status = status;
        this.completedOn = status.isFinished() ? today : null;
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isFinished() && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public PlanGoal getGoal() {
        return goal;
    }

    public int getPosition() {
        return position;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public StepStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
