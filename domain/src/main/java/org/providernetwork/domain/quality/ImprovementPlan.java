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
import jakarta.persistence.Version;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A region's (or county's) program improvement plan: goals tied to practice-model components or outcome
 * indicators, action steps toward them, and progress notes. It closes only when every goal is met or
 * withdrawn with a reason; a closed plan no longer changes.
 */
@Entity
@Table(name = "cqi_plan")
public class ImprovementPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_plan_ids")
    @TableGenerator(name = "cqi_plan_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_plan", allocationSize = 1)
    private Long id;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "county_fips", length = 5)
    private String countyFips;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @ManyToOne
    @JoinColumn(name = "cycle_id")
    private ReviewCycle cycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PlanStatus status;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<PlanGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("writtenAt DESC")
    private List<ProgressNote> notes = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ImprovementPlan() {
    }

    public static ImprovementPlan open(String regionCode, String countyFips, String title, ReviewCycle cycle, String by, Instant at) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInputException("title", "a title of at most 200 characters");
        }
        if (cycle != null && !cycle.getRegionCode().equals(regionCode)) {
            throw new InvalidInputException("cycleId", "the cycle is of another region");
        }
        ImprovementPlan plan = new ImprovementPlan();
        plan.regionCode = regionCode;
        plan.countyFips = countyFips;
        plan.title = title.trim();
        plan.cycle = cycle;
        plan.status = PlanStatus.OPEN;
        plan.openedBy = by;
        plan.openedAt = at;
        return plan;
    }

    /** Adds a goal tied to a component (by code) or an indicator, or both. */
    public PlanGoal addGoal(String statement, String componentCode, Indicator indicator) {
        requireOpen();
        if (statement == null || statement.isBlank() || statement.length() > 1000) {
            throw new InvalidInputException("statement", "a goal statement of at most 1000 characters");
        }
        if ((componentCode == null || componentCode.isBlank()) && indicator == null) {
            throw new InvalidInputException("component", "tie the goal to a practice-model component or an outcome indicator");
        }
        if (componentCode != null && componentCode.trim().length() > PlanGoal.COMPONENT_LENGTH) {
            throw new InvalidInputException("component", "a component code has at most " + PlanGoal.COMPONENT_LENGTH + " characters");
        }
        PlanGoal goal = new PlanGoal(this, goals.size() + 1, statement.trim(),
                componentCode == null || componentCode.isBlank() ? null : componentCode.trim(), indicator);
        goals.add(goal);
        return goal;
    }

    public PlanGoal goal(long goalId) {
        return goals.stream().filter(g -> g.getId() != null && g.getId() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("goal", goalId));
    }

    public ActionStep step(long stepId) {
        return goals.stream().flatMap(g -> g.getSteps().stream()).filter(s -> s.getId() != null && s.getId() == stepId)
                .findFirst().orElseThrow(() -> new NotFoundException("step", stepId));
    }

    public ActionStep addStep(long goalId, String action, String owner, LocalDate due) {
        requireOpen();
        return goal(goalId).addStep(action, owner, due);
    }

    public void updateStep(long stepId, StepStatus status, LocalDate today) {
        requireOpen();
        step(stepId).update(status, today);
    }

    public void meetGoal(long goalId, String note) {
        requireOpen();
        goal(goalId).meet(note);
    }

    public void withdrawGoal(long goalId, String reason) {
        requireOpen();
        goal(goalId).withdraw(reason);
    }

    public ProgressNote addNote(String text, String by, Instant at) {
        requireOpen();
        ProgressNote note = new ProgressNote(this, text, by, at);
        notes.add(0, note);
        return note;
    }

    /** Closes the plan: it needs goals, and every goal met or withdrawn. */
    public void close(String by, Instant at) {
        requireOpen();
        if (goals.isEmpty()) {
            throw new ConflictException("goals", "a plan without goals cannot be closed");
        }
        List<String> open = goals.stream().filter(g -> g.getStatus() == GoalStatus.OPEN).map(g -> "#" + g.getPosition()).toList();
        if (!open.isEmpty()) {
            throw new ConflictException("goals", "every goal must be met or withdrawn before the plan closes; open: "
                    + String.join(", ", open));
        }
        status = PlanStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    private void requireOpen() {
        if (status != PlanStatus.OPEN) {
            throw new ConflictException("status", "the plan is closed");
        }
    }

    /** Steps not finished whose due date is before {@code today}. */
    public List<ActionStep> overdueSteps(LocalDate today) {
        return goals.stream().flatMap(g -> g.getSteps().stream()).filter(s -> s.isOverdue(today)).toList();
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

    public String getTitle() {
        return title;
    }

    public ReviewCycle getCycle() {
        return cycle;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<PlanGoal> getGoals() {
        return Collections.unmodifiableList(goals);
    }

    public List<ProgressNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    public long getVersion() {
        return version;
    }
}
