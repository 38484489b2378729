package org.providernetwork.portal.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.quality.GoalStatus;
import org.providernetwork.domain.quality.PlanStatus;
import org.providernetwork.domain.quality.StepStatus;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.quality.ImprovementPlans;
import org.providernetwork.service.quality.QualityViews.PlanView;
import org.providernetwork.service.quality.ReviewInstruments;
import org.providernetwork.service.quality.QualityViews.ComponentView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * One improvement plan ({@code ?id=}): goals with their steps and notes. The region's lead and state CQI
 * staff add goals and steps, settle goals and close the plan (only when no goal is open); a step's owner
 * updates its status. Out of scope is "not found".
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImprovementPlans plans;

    @Inject
    private ReviewInstruments instruments;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private PlanView plan;
    private List<ComponentView> components = List.of();

    private String goalStatement;
    private String goalComponent;
    private Indicator goalIndicator;
    private Long stepGoal;
    private String stepAction;
    private String stepOwner;
    private LocalDate stepDue;
    private Long settleGoal;
    private GoalStatus settleOutcome = GoalStatus.MET;
    private String settleNote;
    private String note;

    public void load() {
        try {
            plan = plans.plan(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("plan", id);
        }
        components = instruments.current().components();
    }

    public void addGoal() {
        if (change(() -> plans.addGoal(plan.summary().id(), new ImprovementPlans.NewGoal(goalStatement,
                goalComponent == null || goalComponent.isBlank() ? null : goalComponent, goalIndicator), plan.version()), "Goal added")) {
            goalStatement = null;
            goalComponent = null;
            goalIndicator = null;
        }
    }

    public void addStep() {
        if (stepGoal == null) {
            Messages.error("Choose the goal of the step");
            return;
        }
        if (change(() -> plans.addStep(plan.summary().id(), stepGoal, new ImprovementPlans.NewStep(stepAction, stepOwner, stepDue),
                plan.version()), "Step added")) {
            stepAction = null;
            stepDue = null;
        }
    }

    public void setStepStatus(long stepId, String status) {
        change(() -> plans.updateStep(plan.summary().id(), stepId, StepStatus.valueOf(status)), "Step updated");
    }

    public void settle() {
        if (settleGoal == null) {
            Messages.error("Choose the goal");
            return;
        }
        if (change(() -> plans.settleGoal(plan.summary().id(), settleGoal, settleOutcome, settleNote, plan.version()), "Goal settled")) {
            settleNote = null;
        }
    }

    public void addNote() {
        if (change(() -> plans.addNote(plan.summary().id(), note), "Note added")) {
            note = null;
        }
    }

    public void close() {
        change(() -> plans.close(plan.summary().id(), plan.version()), "Plan closed");
    }

    private boolean change(Supplier<PlanView> action, String done) {
        try {
            plan = action.get();
            Messages.info(done);
            return true;
        } catch (StaleVersionException e) {
            plan = plans.plan(plan.summary().id());
            Messages.error("Someone else changed the plan after you opened it; it is reloaded, please try again.");
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        return false;
    }

    /** The region's lead and state CQI staff write the plan while it is open. */
    public boolean isWritable() {
        return plan != null && plan.summary().status() == PlanStatus.OPEN && (currentUser.isStateStaff()
                || (currentUser.isLead() && plan.summary().regionCode().equals(currentUser.getLeadRegionCode())));
    }

    public boolean isOpen() {
        return plan != null && plan.summary().status() == PlanStatus.OPEN;
    }

    public boolean mayUpdate(String owner) {
        return isOpen() && (isWritable() || (currentUser.get() != null && currentUser.get().username().equals(owner)));
    }

    public Indicator[] getIndicators() {
        return Indicator.values();
    }

    public GoalStatus[] getOutcomes() {
        return new GoalStatus[] {GoalStatus.MET, GoalStatus.WITHDRAWN};
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PlanView getPlan() {
        return plan;
    }

    public List<ComponentView> getComponents() {
        return components;
    }

    public String getGoalStatement() {
        return goalStatement;
    }

    public void setGoalStatement(String goalStatement) {
        this.goalStatement = goalStatement;
    }

    public String getGoalComponent() {
        return goalComponent;
    }

    public void setGoalComponent(String goalComponent) {
        this.goalComponent = goalComponent;
    }

    public Indicator getGoalIndicator() {
        return goalIndicator;
    }

    public void setGoalIndicator(Indicator goalIndicator) {
        this.goalIndicator = goalIndicator;
    }

    public Long getStepGoal() {
        return stepGoal;
    }

    public void setStepGoal(Long stepGoal) {
        this.stepGoal = stepGoal;
    }

    public String getStepAction() {
        return stepAction;
    }

    public void setStepAction(String stepAction) {
        this.stepAction = stepAction;
    }

    public String getStepOwner() {
        return stepOwner;
    }

    public void setStepOwner(String stepOwner) {
        this.stepOwner = stepOwner;
    }

    public LocalDate getStepDue() {
        return stepDue;
    }

    public void setStepDue(LocalDate stepDue) {
        this.stepDue = stepDue;
    }

    public Long getSettleGoal() {
        return settleGoal;
    }

    public void setSettleGoal(Long settleGoal) {
        this.settleGoal = settleGoal;
    }

    public GoalStatus getSettleOutcome() {
        return settleOutcome;
    }

    public void setSettleOutcome(GoalStatus settleOutcome) {
        this.settleOutcome = settleOutcome;
    }

    public String getSettleNote() {
        return settleNote;
    }

    public void setSettleNote(String settleNote) {
        this.settleNote = settleNote;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
