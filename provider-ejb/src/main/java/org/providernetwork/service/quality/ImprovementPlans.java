package org.providernetwork.service.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.quality.ActionStep;
import org.providernetwork.domain.quality.GoalStatus;
import org.providernetwork.domain.quality.ImprovementPlan;
import org.providernetwork.domain.quality.PlanGoal;
import org.providernetwork.domain.quality.ReviewCycle;
import org.providernetwork.domain.quality.StepStatus;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.service.quality.QualityViews.GoalView;
import org.providernetwork.service.quality.QualityViews.NoteView;
import org.providernetwork.service.quality.QualityViews.OverdueStep;
import org.providernetwork.service.quality.QualityViews.PlanSummary;
import org.providernetwork.service.quality.QualityViews.PlanView;
import org.providernetwork.service.quality.QualityViews.StepView;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Program improvement plans. The region's lead opens and owns its region's plans (state CQI staff any);
 * goals are tied to components or indicators, action steps have an owner, a due date and a status, and
 * progress notes record how it goes. Overdue steps are alerted on their owner's and the state's home pages.
 */
@Stateless
public class ImprovementPlans {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private QualityAccess access;

    @Inject
    private ReferenceData reference;

    @Inject
    private Clock clock;

    public record NewPlan(String regionCode, String countyFips, String title, Long cycleId) {
    }

    public record NewGoal(String statement, String componentCode, Indicator indicator) {
    }

    public record NewStep(String action, String owner, LocalDate dueOn) {
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public PlanView open(@NotNull NewPlan request) {
        TenantScope scope = access.scope();
        String region = request.regionCode() == null || request.regionCode().isBlank()
                ? scope.regionCode() : request.regionCode().trim().toUpperCase(Locale.ROOT);
        if (region == null || reference.region(region).isEmpty()) {
            throw new InvalidInputException("region", "unknown region " + request.regionCode());
        }
        if (!scope.includesRegion(region)) {
            throw new InvalidInputException("region", "a lead opens plans for its own region");
        }
        String county = null;
        if (request.countyFips() != null && !request.countyFips().isBlank()) {
            county = request.countyFips().trim();
            var view = reference.county(county).orElseThrow(() -> new InvalidInputException("county", "unknown county " + request.countyFips()));
            if (view.regionId() == null || view.regionId() != reference.region(region).orElseThrow().id()) {
                throw new InvalidInputException("county", "the county is not in region " + region);
            }
        }
        ReviewCycle cycle = null;
        if (request.cycleId() != null) {
            cycle = em.find(ReviewCycle.class, request.cycleId());
            if (cycle == null || !access.seesRegion(cycle.getRegionCode())) {
                throw new InvalidInputException("cycleId", "unknown cycle " + request.cycleId());
            }
        }
        ImprovementPlan plan = ImprovementPlan.open(region, county, request.title(), cycle, access.username(), clock.instant());
        em.persist(plan);
        em.flush();
        return view(plan);
    }

    /** Plans the caller may see; {@code region} narrows, {@code openOnly} leaves out closed plans. */
    public List<PlanSummary> plans(String region, boolean openOnly) {
        TenantScope.Predicate scope = access.scope().regionRecords("p");
        TenantScope.Predicate reviewer = access.reviewerCondition("p");
        StringBuilder jpql = new StringBuilder("SELECT p FROM ImprovementPlan p WHERE ").append(scope.jpql()).append(" AND ").append(reviewer.jpql());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.putAll(reviewer.parameters());
        if (region != null && !region.isBlank()) {
            jpql.append(" AND p.regionCode = :region");
            parameters.put("region", region.trim().toUpperCase(Locale.ROOT));
        }
        if (openOnly) {
            jpql.append(" AND p.status = org.providernetwork.domain.quality.PlanStatus.OPEN");
        }
        TypedQuery<ImprovementPlan> query = em.createQuery(jpql + " ORDER BY p.openedAt DESC, p.id DESC", ImprovementPlan.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(200).getResultList().stream().map(this::summary).toList();
    }

    public PlanView plan(long id) {
        return view(visible(id));
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public PlanView addGoal(long planId, @NotNull NewGoal goal, Long version) {
        ImprovementPlan plan = writable(planId, version);
        String component = goal.componentCode() == null || goal.componentCode().isBlank() ? null
                : goal.componentCode().trim().toUpperCase(Locale.ROOT);
        if (component != null && component.length() <= org.providernetwork.domain.quality.PlanGoal.COMPONENT_LENGTH
                && !knownComponent(plan, component)) {
            throw new InvalidInputException("component", "no practice-model component " + component
                    + (plan.getCycle() == null ? "" : " on the instrument of this plan's cycle"));
        }
        plan.addGoal(goal.statement(), component, goal.indicator());
        em.flush();
        return view(plan);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public PlanView addStep(long planId, long goalId, @NotNull NewStep step, Long version) {
        ImprovementPlan plan = writable(planId, version);
        String owner = step.owner() == null ? null : step.owner().trim().toLowerCase(Locale.ROOT);
        if (owner != null && !owner.isEmpty() && em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :u", Long.class)
                .setParameter("u", owner).getSingleResult() == 0) {
            throw new InvalidInputException("owner", "no account named " + step.owner());
        }
        plan.addStep(goalId, step.action(), owner, step.dueOn());
        em.flush();
        return view(plan);
    }

    /** The plan's writers, and the step's owner, update a step's status. */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public PlanView updateStep(long planId, long stepId, StepStatus status) {
        ImprovementPlan plan = visible(planId);
        ActionStep step = plan.step(stepId);
        if (!canWrite(plan) && !step.getOwner().equals(access.username())) {
            throw new NotFoundException("plan", planId);
        }
        plan.updateStep(stepId, status, today());
        em.flush();
        return view(plan);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public PlanView settleGoal(long planId, long goalId, GoalStatus outcome, String note, Long version) {
        ImprovementPlan plan = writable(planId, version);
        if (outcome == GoalStatus.MET) {
            plan.meetGoal(goalId, note);
        } else if (outcome == GoalStatus.WITHDRAWN) {
            plan.withdrawGoal(goalId, note);
        } else {
            throw new InvalidInputException("outcome", "MET or WITHDRAWN");
        }
        em.flush();
        return view(plan);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER})
    public PlanView addNote(long planId, String text) {
        ImprovementPlan plan = visible(planId);
        if (!canWrite(plan) && access.reviewerRegions().isEmpty()) {
            throw new NotFoundException("plan", planId);
        }
        plan.addNote(text, access.username(), clock.instant());
        em.flush();
        return view(plan);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public PlanView close(long planId, Long version) {
        ImprovementPlan plan = writable(planId, version);
        plan.close(access.username(), clock.instant());
        em.flush();
        return view(plan);
    }

    /** Overdue steps of open plans owned by the caller. */
    public List<OverdueStep> overdueForMe() {
        return overdue(" AND s.owner = :me", Map.of("me", access.username()));
    }

    /** Every overdue step of the plans the caller may see (state CQI staff: the whole state). */
    public List<OverdueStep> overdueInScope() {
        TenantScope.Predicate scope = access.scope().regionRecords("p");
        TenantScope.Predicate reviewer = access.reviewerCondition("p");
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.putAll(reviewer.parameters());
        return overdue(" AND " + scope.jpql() + " AND " + reviewer.jpql(), parameters);
    }

    private List<OverdueStep> overdue(String condition, Map<String, Object> parameters) {
        TypedQuery<ActionStep> query = em.createQuery("SELECT s FROM ActionStep s JOIN s.goal g JOIN g.plan p"
                + " WHERE p.status = org.providernetwork.domain.quality.PlanStatus.OPEN AND s.dueOn < :today"
                + " AND s.status IN (org.providernetwork.domain.quality.StepStatus.NOT_STARTED,"
                + " org.providernetwork.domain.quality.StepStatus.IN_PROGRESS)" + condition + " ORDER BY s.dueOn, s.id", ActionStep.class)
                .setParameter("today", today());
        parameters.forEach(query::setParameter);
        return query.setMaxResults(100).getResultList().stream().map(s -> {
            ImprovementPlan p = s.getGoal().getPlan();
            return new OverdueStep(p.getId(), p.getTitle(), p.getRegionCode(), s.getId(), s.getAction(), s.getOwner(), s.getDueOn());
        }).toList();
    }

    private boolean canWrite(ImprovementPlan plan) {
        return access.isStateStaff() || access.scope().leads(plan.getRegionCode());
    }

    private ImprovementPlan visible(long id) {
        ImprovementPlan plan = em.find(ImprovementPlan.class, id);
        if (plan == null) {
            throw new NotFoundException("plan", id);
        }
        boolean owner = em.createQuery("SELECT COUNT(s) FROM ActionStep s WHERE s.goal.plan = :p AND s.owner = :me", Long.class)
                .setParameter("p", plan).setParameter("me", access.username()).getSingleResult() > 0;
        if (!access.seesRegion(plan.getRegionCode()) && !owner) {
            throw new NotFoundException("plan", id);
        }
        return plan;
    }

    /** A component of the plan's cycle's instrument, or of any published instrument for a plan without a cycle. */
    private boolean knownComponent(ImprovementPlan plan, String code) {
        if (plan.getCycle() != null) {
            return plan.getCycle().getInstrument().getComponents().stream().anyMatch(c -> c.getCode().equalsIgnoreCase(code));
        }
        return em.createQuery("SELECT COUNT(c) FROM InstrumentComponent c WHERE UPPER(c.code) = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    private ImprovementPlan writable(long id, Long version) {
        ImprovementPlan plan = visible(id);
        if (!canWrite(plan)) {
            throw new NotFoundException("plan", id);
        }
        if (version != null && org.providernetwork.domain.shared.Versions.stale(version, plan.getVersion())) {
            throw new StaleVersionException("plan " + id + " changed since it was read");
        }
        return plan;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private PlanSummary summary(ImprovementPlan p) {
        LocalDate today = today();
        return new PlanSummary(p.getId(), p.getRegionCode(), p.getCountyFips(), p.getTitle(), p.getStatus(), p.getOpenedAt(),
                p.getGoals().size(), p.getGoals().stream().filter(g -> g.getStatus() == GoalStatus.OPEN).count(),
                p.overdueSteps(today).size());
    }

    private PlanView view(ImprovementPlan p) {
        LocalDate today = today();
        List<GoalView> goals = p.getGoals().stream().map((PlanGoal g) -> new GoalView(g.getId(), g.getPosition(), g.getStatement(),
                g.getComponentCode(), g.getIndicator(), g.getStatus(), g.getOutcomeNote(), g.getSteps().stream()
                .map(s -> new StepView(s.getId(), s.getPosition(), s.getAction(), s.getOwner(), s.getDueOn(), s.getStatus(),
                        s.getCompletedOn(), s.isOverdue(today))).toList())).toList();
        List<NoteView> notes = p.getNotes().stream().map(n -> new NoteView(n.getId(), n.getWrittenBy(), n.getWrittenAt(), n.getBody())).toList();
        return new PlanView(summary(p), p.getCycle() == null ? null : p.getCycle().getId(),
                p.getCycle() == null ? null : p.getCycle().getTitle(), p.getOpenedBy(), p.getClosedBy(), p.getClosedAt(),
                goals, notes, p.getVersion());
    }
}
