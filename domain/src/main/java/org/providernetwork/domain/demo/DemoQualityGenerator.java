package org.providernetwork.domain.demo;

import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.quality.CycleKind;
import org.providernetwork.domain.quality.ImplementationStage;
import org.providernetwork.domain.quality.InterviewRole;
import org.providernetwork.domain.quality.Rating;
import org.providernetwork.domain.quality.SamplingPlan;
import org.providernetwork.domain.quality.StepStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates the quality-improvement demo: in the first two regions, completed referrals over a baseline
 * period (about eighteen months ago) and a follow-up period (the last six months), a baseline and a
 * follow-up review cycle with completed reviews (the follow-up rated better), an interim peer review in
 * the first region still in progress for the CQI reviewer, an open improvement plan per region (one step
 * overdue), and every region's implementation stages. Same network, item count and seed: same data.
 */
public final class DemoQualityGenerator {

    static final String[] URGENCIES = {"ROUTINE", "ROUTINE", "ROUTINE", "URGENT", "EMERGENCY"};
    static final String[] FIRST_NAMES = {"A.", "B.", "C.", "D.", "E.", "J.", "K.", "L.", "M.", "R.", "S.", "T."};
    static final String[] STRENGTH_NOTES = {"Documented in the case file and confirmed in interviews",
        "Timely and individualized, as the assessment called for", "Family and child took part and agree with the plan"};
    static final String[] WEAK_NOTES = {"Not documented; interviews did not confirm it", "Arranged late, beyond the required time",
        "Parents were not invited to the planning meeting"};
    private static final int REFERRALS_PER_PERIOD = 24;

    private final DemoReference reference;

    public DemoQualityGenerator(DemoReference reference) {
        this.reference = reference;
    }

    /** @param itemCount the number of items of the instrument's first version, in order */
    public DemoQuality generate(DemoNetwork network, int itemCount, long seed) {
        Random random = new Random(seed);
        Map<String, DemoNetwork.Organisation> organisations = network.organisations().stream()
                .collect(Collectors.toMap(DemoNetwork.Organisation::key, Function.identity()));
        List<DemoQuality.Referral> referrals = new ArrayList<>();
        List<DemoQuality.Cycle> cycles = new ArrayList<>();
        List<String> regions = reference.regions().stream().map(DemoReference.RegionRef::code).limit(2).toList();
        for (String region : regions) {
            List<Integer> offerings = new ArrayList<>();
            for (int i = 0; i < network.offerings().size(); i++) {
                DemoNetwork.Offering o = network.offerings().get(i);
                DemoNetwork.Organisation owner = organisations.get(o.providerKey());
                if (owner.type() == OrganisationType.LOCAL_PROVIDER && owner.serviceRegionCodes().iterator().next().equals(region)) {
                    offerings.add(i);
                }
            }
            int baselineFirst = referrals.size();
            addReferrals(network, region, offerings, 540, 400, random, referrals);
            int followUpFirst = referrals.size();
            addReferrals(network, region, offerings, 180, 20, random, referrals);
            cycles.add(cycle(region, CycleKind.BASELINE, "Baseline review " + region, 540, 400, referrals, baselineFirst,
                    followUpFirst, 0.45, region.equals(regions.get(0)) ? "cqi.reviewer" : "state.staff", true, itemCount, random));
            cycles.add(cycle(region, CycleKind.FOLLOW_UP, "Follow-up review " + region, 180, 20, referrals, followUpFirst,
                    referrals.size(), 0.7, region.equals(regions.get(0)) ? "cqi.reviewer" : "state.staff", true, itemCount, random));
            if (region.equals(regions.get(0))) {
                cycles.add(cycle(region, CycleKind.PEER, "Interim peer review " + region, 180, 20, referrals, followUpFirst,
                        referrals.size(), 0.6, "cqi.reviewer", false, itemCount, random));
            }
        }
        List<DemoQuality.Plan> plans = List.of(
                new DemoQuality.Plan(regions.get(0), "Program improvement plan " + regions.get(0) + ": family engagement", "lead."
                        + regions.get(0).toLowerCase(java.util.Locale.ROOT), 380, List.of(
                        new DemoQuality.Goal("Parents and children take part in every case planning meeting", "ENGAGEMENT", null, List.of(
                                new DemoQuality.Step("Train caseworkers in family team meetings", "lead." + regions.get(0).toLowerCase(java.util.Locale.ROOT), -200, StepStatus.DONE),
                                new DemoQuality.Step("Audit ten case plans for parent signatures", "lead." + regions.get(0).toLowerCase(java.util.Locale.ROOT), -14, StepStatus.IN_PROGRESS),
                                new DemoQuality.Step("Peer review of engagement items", "cqi.reviewer", 45, StepStatus.NOT_STARTED))),
                        new DemoQuality.Goal("Providers answer referrals within the response window", null, Indicator.RESPONSE_ON_TIME, List.of(
                                new DemoQuality.Step("Weekly check of open offers with providers", "lead." + regions.get(0).toLowerCase(java.util.Locale.ROOT), 30, StepStatus.IN_PROGRESS)))),
                        List.of(new DemoQuality.Note("lead." + regions.get(0).toLowerCase(java.util.Locale.ROOT), 150, "Training done in all counties; sign-in sheets on file."),
                                new DemoQuality.Note("state.staff", 10, "Follow-up review shows engagement improving; keep the audit going."))),
                new DemoQuality.Plan(regions.get(1), "Program improvement plan " + regions.get(1) + ": safety assessments", "lead."
                        + regions.get(1).toLowerCase(java.util.Locale.ROOT), 370, List.of(
                        new DemoQuality.Goal("Safety reassessed at every key decision", "SAFETY", null, List.of(
                                new DemoQuality.Step("Supervisors review safety plans monthly", "lead." + regions.get(1).toLowerCase(java.util.Locale.ROOT), 60, StepStatus.IN_PROGRESS)))),
                        List.of(new DemoQuality.Note("lead." + regions.get(1).toLowerCase(java.util.Locale.ROOT), 100, "Monthly reviews started in three counties."))));
        List<DemoQuality.Stage> stages = new ArrayList<>();
        int offset = 0;
        for (DemoReference.RegionRef region : reference.regions()) {
            int start = -600 + offset;
            stages.add(new DemoQuality.Stage(region.code(), ImplementationStage.PLANNING, start, start + 210));
            stages.add(new DemoQuality.Stage(region.code(), ImplementationStage.INITIAL_IMPLEMENTATION, start + 211, start + 575));
            stages.add(new DemoQuality.Stage(region.code(), ImplementationStage.ONGOING, start + 576, null));
            offset += 120;
        }
        List<DemoQuality.ReviewerRegion> reviewers = List.of(new DemoQuality.ReviewerRegion("cqi.reviewer", regions.get(0)),
                new DemoQuality.ReviewerRegion("cqi.reviewer", reference.regions().get(2).code()));
        return new DemoQuality(referrals, cycles, plans, stages, reviewers);
    }

    private void addReferrals(DemoNetwork network, String region, List<Integer> offerings, int fromDaysAgo, int toDaysAgo,
                              Random random, List<DemoQuality.Referral> referrals) {
        for (int i = 0; i < REFERRALS_PER_PERIOD && !offerings.isEmpty(); i++) {
            // the region's first provider (the demo provider account's) serves every fourth case
            int index = i % 4 == 0 ? offerings.get(0) : offerings.get(random.nextInt(offerings.size()));
            DemoNetwork.Offering offering = network.offerings().get(index);
            int number = referrals.size() + 1;
            referrals.add(new DemoQuality.Referral(String.format("CQI-DEMO-%s-%04d", region, number), region,
                    offering.locationCountyFips(), offering.serviceTypeCode(), URGENCIES[random.nextInt(URGENCIES.length)], index,
                    offering.providerKey(), offering.name(), toDaysAgo + random.nextInt(fromDaysAgo - toDaysAgo),
                    FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + ".",
                    Math.max(offering.minAge(), Math.min(offering.maxAge(), 3 + random.nextInt(14))), random.nextBoolean() ? "FEMALE" : "MALE"));
        }
    }

    private DemoQuality.Cycle cycle(String region, CycleKind kind, String title, int startDaysAgo, int endDaysAgo,
                                    List<DemoQuality.Referral> referrals, int from, int to, double strength, String reviewer,
                                    boolean completed, int itemCount, Random random) {
        List<SamplingPlan.Case> population = new ArrayList<>();
        for (int i = from; i < to; i++) {
            population.add(new SamplingPlan.Case(i, referrals.get(i).serviceTypeCode(), referrals.get(i).urgency()));
        }
        long seed = random.nextLong();
        int size = completed ? 8 : 3;
        List<DemoQuality.Review> reviews = new ArrayList<>();
        for (SamplingPlan.Case c : new SamplingPlan(size, seed).draw(population)) {
            List<Rating> ratings = new ArrayList<>();
            List<String> rationales = new ArrayList<>();
            for (int item = 0; item < itemCount; item++) {
                double roll = random.nextDouble();
                Rating rating = !completed ? null : roll < 0.08 ? Rating.NOT_APPLICABLE : roll < 0.08 + strength * 0.92 ? Rating.STRENGTH : Rating.NEEDS_WORK;
                ratings.add(rating);
                rationales.add(rating == null ? null : rating == Rating.NOT_APPLICABLE ? "Does not apply to this case"
                        : rating == Rating.STRENGTH ? STRENGTH_NOTES[random.nextInt(STRENGTH_NOTES.length)]
                        : WEAK_NOTES[random.nextInt(WEAK_NOTES.length)]);
            }
            List<DemoQuality.Interview> interviews = completed ? List.of(
                    new DemoQuality.Interview(InterviewRole.CASEWORKER, Math.max(1, endDaysAgo - 5)),
                    new DemoQuality.Interview(InterviewRole.PARENT, Math.max(1, endDaysAgo - 6)),
                    new DemoQuality.Interview(InterviewRole.PROVIDER, Math.max(1, endDaysAgo - 7))) : List.of();
            reviews.add(new DemoQuality.Review((int) c.referralId(), reviewer, completed, interviews, ratings, rationales,
                    completed ? (strength > 0.6 ? "Planning with the family is stronger; keep documenting the safety reassessments."
                            : "Involve the parents in planning and document each safety reassessment.") : null));
        }
        return new DemoQuality.Cycle(region, kind, title, startDaysAgo, endDaysAgo, size, seed, completed && kind == CycleKind.BASELINE,
                reviews);
    }
}
