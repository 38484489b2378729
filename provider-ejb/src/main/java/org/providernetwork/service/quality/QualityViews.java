package org.providernetwork.service.quality;

import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.quality.CycleKind;
import org.providernetwork.domain.quality.CycleStatus;
import org.providernetwork.domain.quality.GoalStatus;
import org.providernetwork.domain.quality.ImplementationStage;
import org.providernetwork.domain.quality.InterviewRole;
import org.providernetwork.domain.quality.PlanStatus;
import org.providernetwork.domain.quality.Rating;
import org.providernetwork.domain.quality.ReviewStatus;
import org.providernetwork.domain.quality.StepStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the quality services answer: read-only records, never entities. */
public final class QualityViews {

    private QualityViews() {
    }

    public record InstrumentView(long id, int version, String title, Instant publishedAt, String publishedBy,
                                 List<ComponentView> components) implements Serializable {
    }

    public record ComponentView(long id, String code, String name, String description, List<ItemView> items) implements Serializable {
    }

    public record ItemView(long id, String code, String question) implements Serializable {
    }

    public record CycleSummary(long id, String regionCode, String countyFips, CycleKind kind, String title,
                               LocalDate periodStart, LocalDate periodEnd, int instrumentVersion, int sampleSize,
                               long sampleSeed, CycleStatus status, long cases, long completed, Integer overallPercent,
                               long version) implements Serializable {
    }

    public record CycleView(CycleSummary cycle, List<ReviewSummary> reviews) implements Serializable {
    }

    public record ReviewSummary(long id, long cycleId, String cycleTitle, CycleKind kind, long referralId, String referralNumber,
                                String regionCode, Long providerId, String providerName, String serviceTypeCode,
                                String urgency, String reviewer, ReviewStatus status, Integer overallPercent) implements Serializable {
    }

    public record InterviewView(InterviewRole role, LocalDate heldOn, String note) implements Serializable {
    }

    public record RatingView(long itemId, String itemCode, String componentCode, Rating rating, String rationale) implements Serializable {
    }

    public record ScoreRow(String code, String name, int strengths, int needsWork, int notApplicable, Integer percent) implements Serializable {
    }

    public record ReviewView(ReviewSummary summary, String feedback, Instant completedAt, InstrumentView instrument,
                             List<InterviewView> interviews, List<RatingView> ratings, List<ScoreRow> components,
                             long version) implements Serializable {
    }

    /** A component's share at the baseline and at the follow-up; {@code delta} in percentage points. */
    public record ComparisonRow(String code, String name, Integer baselinePercent, Integer followUpPercent, Integer delta) implements Serializable {
    }

    /** An outcome indicator of the region over a cycle's period, computed from its referrals (null: no data). */
    public record IndicatorRow(Indicator indicator, String label, Double baseline, Double followUp) implements Serializable {
    }

    public record RegionReport(String regionCode, String regionName, CycleSummary baseline, CycleSummary followUp,
                               List<ComparisonRow> components, List<ScoreRow> items, List<IndicatorRow> indicators,
                               List<CycleSummary> cycles, List<ReviewSummary> cases) implements Serializable {
    }

    public record StatewideRow(String regionCode, String regionName, Integer baselinePercent, Integer followUpPercent,
                               long completedReviews, String stage, long openPlans) implements Serializable {
    }

    public record ReviewerRegionView(long id, String username, String regionCode, String assignedBy, Instant assignedAt) implements Serializable {
    }

    public record PlanSummary(long id, String regionCode, String countyFips, String title, PlanStatus status, Instant openedAt,
                              long goals, long openGoals, long overdueSteps) implements Serializable {
    }

    public record StepView(long id, int position, String action, String owner, LocalDate dueOn, StepStatus status,
                           LocalDate completedOn, boolean overdue) implements Serializable {
    }

    public record GoalView(long id, int position, String statement, String componentCode, Indicator indicator,
                           GoalStatus status, String outcomeNote, List<StepView> steps) implements Serializable {
    }

    public record NoteView(long id, String writtenBy, Instant writtenAt, String body) implements Serializable {
    }

    public record PlanView(PlanSummary summary, Long cycleId, String cycleTitle, String openedBy, String closedBy,
                           Instant closedAt, List<GoalView> goals, List<NoteView> notes, long version) implements Serializable {
    }

    /** An overdue step with its plan, for home-page alerts. */
    public record OverdueStep(long planId, String planTitle, String regionCode, long stepId, String action, String owner,
                              LocalDate dueOn) implements Serializable {
    }

    public record StageView(long id, String regionCode, String regionName, ImplementationStage stage, LocalDate startsOn,
                            LocalDate endsOn, String note, boolean current) implements Serializable {
    }
}
