package org.providernetwork.domain.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Improvement plans and case reviews, at each of the suite's calendars. */
@ParameterizedClass(name = "at {0}")
@MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
class ImprovementPlanTest {

    private final Instant NOW;
    private final LocalDate TODAY;

    ImprovementPlanTest(Clock clock) {
        NOW = clock.instant();
        TODAY = LocalDate.now(clock);
    }

    private static void id(Object entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    @Test
    void aPlanClosesOnlyWhenEveryGoalIsMetOrWithdrawnWithAReason() throws Exception {
        ImprovementPlan plan = ImprovementPlan.open("R1", null, "Engagement plan", null, "lead.r1", NOW);
        assertThrows(ConflictException.class, () -> plan.close("lead.r1", NOW), "no goals");
        PlanGoal engage = plan.addGoal("Parents take part in every case plan", "ENGAGEMENT", null);
        PlanGoal accept = plan.addGoal("More referrals accepted", null, Indicator.REFERRAL_ACCEPTANCE);
        id(engage, 1);
        id(accept, 2);
        assertThrows(InvalidInputException.class, () -> plan.addGoal("Untied", null, null));
        plan.meetGoal(1, "follow-up shows 80%");
        assertThrows(ConflictException.class, () -> plan.close("lead.r1", NOW), "goal 2 is open");
        assertThrows(InvalidInputException.class, () -> plan.withdrawGoal(2, " "));
        plan.withdrawGoal(2, "measured by the contract scorecard instead");
        plan.close("lead.r1", NOW);
        assertEquals(PlanStatus.CLOSED, plan.getStatus());
        assertThrows(ConflictException.class, () -> plan.addNote("late", "lead.r1", NOW), "a closed plan does not change");
    }

    @Test
    void stepsPastTheirDueDateAndNotFinishedAreOverdue() throws Exception {
        ImprovementPlan plan = ImprovementPlan.open("R2", null, "Safety plan", null, "lead.r2", NOW);
        PlanGoal goal = plan.addGoal("Safety plans monitored", "SAFETY", null);
        id(goal, 5);
        ActionStep late = plan.addStep(5, "Train supervisors", "lead.r2", TODAY.minusDays(3));
        ActionStep due = plan.addStep(5, "Audit ten cases", "lead.r2", TODAY.plusDays(3));
        id(late, 11);
        id(due, 12);
        assertEquals(List.of(late), plan.overdueSteps(TODAY));
        plan.updateStep(11, StepStatus.DONE, TODAY);
        assertTrue(plan.overdueSteps(TODAY).isEmpty());
        assertEquals(TODAY, late.getCompletedOn());
        assertThrows(InvalidInputException.class, () -> plan.addStep(5, "No owner", " ", TODAY));
    }

    @Test
    void aReviewCompletesWithEveryItemRatedWithARationaleAndAnInterview() throws Exception {
        Instrument instrument = Instrument.publish(2, "Test", List.of(
                new Instrument.ComponentDraft("SAFETY", "Safety", null, List.of(new Instrument.ItemDraft("R1", "Safe?"))),
                new Instrument.ComponentDraft("ENGAGEMENT", "Engagement", null, List.of(new Instrument.ItemDraft("E1", "Engaged?")))),
                "state.staff", NOW);
        id(instrument.getComponents().get(0).getItems().get(0), 101);
        id(instrument.getComponents().get(1).getItems().get(0), 102);
        ReviewCycle cycle = ReviewCycle.plan("R1", null, CycleKind.BASELINE, "Baseline", TODAY.minusYears(1), TODAY,
                instrument, new SamplingPlan(5, 1), "state.staff", NOW);
        CaseReview review = CaseReview.sampled(cycle, 9, "R1", 108L, "FOSTER", "ROUTINE");
        assertThrows(ConflictException.class, () -> review.record(List.of(), Map.of(), null), "the sample is not drawn yet");
        cycle.sampled(NOW);
        assertThrows(InvalidInputException.class, () -> new ItemRating(Rating.STRENGTH, ""), "a rationale is required");
        assertThrows(InvalidInputException.class, () -> review.record(List.of(), Map.of(999L, new ItemRating(Rating.STRENGTH, "x")), null));
        review.record(List.of(), Map.of(101L, new ItemRating(Rating.STRENGTH, "plan in file")), null);
        assertThrows(InvalidInputException.class, () -> review.complete(NOW), "E1 is not rated");
        review.record(List.of(), Map.of(101L, new ItemRating(Rating.STRENGTH, "plan in file"),
                102L, new ItemRating(Rating.NEEDS_WORK, "parent not invited")), "Invite the parents");
        assertThrows(InvalidInputException.class, () -> review.complete(NOW), "no interview");
        review.record(List.of(new Interview(InterviewRole.PARENT, TODAY, null)), review.getRatings(), "Invite the parents");
        review.complete(NOW);
        assertEquals(ReviewStatus.COMPLETED, review.getStatus());
        assertEquals(50, Scoring.overall(review.rated()).percent());
        assertThrows(ConflictException.class, () -> review.record(List.of(), Map.of(), null), "a completed review is final");
    }

    @Test
    void anInstrumentNeedsComponentsWithItemsAndUniqueCodes() {
        assertThrows(InvalidInputException.class, () -> Instrument.publish(2, "T", List.of(), "s", NOW));
        assertThrows(InvalidInputException.class, () -> Instrument.publish(2, "T", List.of(
                new Instrument.ComponentDraft("A", "A", null, List.of())), "s", NOW));
        assertThrows(InvalidInputException.class, () -> Instrument.publish(2, "T", List.of(
                new Instrument.ComponentDraft("A", "A", null, List.of(new Instrument.ItemDraft("X", "q"))),
                new Instrument.ComponentDraft("B", "B", null, List.of(new Instrument.ItemDraft("x", "q")))), "s", NOW));
    }
}
