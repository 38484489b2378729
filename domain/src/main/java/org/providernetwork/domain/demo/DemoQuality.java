package org.providernetwork.domain.demo;

import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.quality.CycleKind;
import org.providernetwork.domain.quality.ImplementationStage;
import org.providernetwork.domain.quality.InterviewRole;
import org.providernetwork.domain.quality.Rating;
import org.providernetwork.domain.quality.StepStatus;

import java.util.List;

/**
 * Generated quality-improvement demo data: served referrals to review, review cycles with their reviews,
 * improvement plans, implementation stages and reviewer regions. Days are counted back from (or, for due
 * dates and stages, forward from) the day the data is loaded.
 */
public record DemoQuality(List<Referral> referrals, List<Cycle> cycles, List<Plan> plans, List<Stage> stages,
                          List<ReviewerRegion> reviewerRegions) {

    /** A completed referral served by one offering ({@code offeringIndex} in the network's offerings). */
    public record Referral(String number, String regionCode, String countyFips, String serviceTypeCode, String urgency,
                           int offeringIndex, String providerKey, String offeringName, int createdDaysAgo,
                           String childName, int childAge, String childGender) {
    }

    public record Cycle(String regionCode, CycleKind kind, String title, int startDaysAgo, int endDaysAgo, int sampleSize,
                        long seed, boolean closed, List<Review> reviews) {
    }

    /** A sampled case; {@code ratings} follow the instrument's items in order (null: not rated yet). */
    public record Review(int referralIndex, String reviewer, boolean completed, List<Interview> interviews,
                         List<Rating> ratings, List<String> rationales, String feedback) {
    }

    public record Interview(InterviewRole role, int daysAgo) {
    }

    public record Plan(String regionCode, String title, String openedBy, int openedDaysAgo, List<Goal> goals, List<Note> notes) {
    }

    public record Goal(String statement, String componentCode, Indicator indicator, List<Step> steps) {
    }

    public record Step(String action, String owner, int dueInDays, StepStatus status) {
    }

    public record Note(String by, int daysAgo, String text) {
    }

    public record Stage(String regionCode, ImplementationStage stage, int startInDays, Integer endInDays) {
    }

    public record ReviewerRegion(String username, String regionCode) {
    }
}
