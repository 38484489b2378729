package org.providernetwork.service.demo;

import org.providernetwork.domain.demo.DemoQuality;
import org.providernetwork.domain.quality.Rating;
import org.providernetwork.service.platform.IdBlocks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the quality-improvement demo (served referrals, cycles, reviews, plans, stages, reviewer regions)
 * with JDBC batches after the network, in the caller's transaction. Ids come from the same generators JPA uses.
 */
public final class DemoQualityWriter {

    private final Connection connection;
    private final Instant now;
    private final LocalDate today;
    private final java.time.ZoneId zone;

    public DemoQualityWriter(Connection connection, Clock clock) {
        this.connection = connection;
        this.now = clock.instant();
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
    }

    /** The ids of the first instrument version's items, component by component. */
    public static List<Long> firstInstrumentItems(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT i.id FROM cqi_item i JOIN cqi_component c ON c.id = i.component_id"
                + " JOIN cqi_instrument n ON n.id = c.instrument_id WHERE n.version_no = 1 ORDER BY c.position, i.position");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Writes the data; {@code orgIds} and {@code offeringIds} are those the network was written with. */
    public void write(DemoQuality quality, Map<String, Long> orgIds, List<Long> offeringIds, long stateAgencyId) throws SQLException {
        List<Long> items = firstInstrumentItems(connection);
        long instrumentId;
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM cqi_instrument WHERE version_no = 1");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            instrumentId = rs.getLong(1);
        }
        int n = quality.referrals().size();
        long nextReferral = IdBlocks.reserve(connection, "referral", Math.max(1, n));
        long nextOffer = IdBlocks.reserve(connection, "referral_offer", Math.max(1, n));
        long[] referralIds = new long[n];
        Long[] providers = new Long[n];
        try (PreparedStatement referral = connection.prepareStatement("INSERT INTO referral (id, referral_no, status, service_type_code,"
                + " home_county_fips, school_county_fips, region_code, risk_level, urgency, allow_split, stay_in_home_county, kin_first,"
                + " case_manager_name, case_manager_email, notes, referring_org_id, created_by, created_at, updated_at, escalated,"
                + " escalation_reason, idempotency_key, version) VALUES (?, ?, 'COMPLETED', ?, ?, NULL, ?, 'MODERATE', ?, FALSE, FALSE, FALSE,"
                + " 'Demo caseworker', NULL, NULL, ?, 'state.staff', ?, ?, FALSE, NULL, NULL, 1)");
             PreparedStatement child = connection.prepareStatement("INSERT INTO referral_child (referral_id, position, name, birth_date, gender)"
                     + " VALUES (?, 0, ?, ?, ?)");
             PreparedStatement offer = connection.prepareStatement("INSERT INTO referral_offer (id, referral_id, offering_id, provider_id,"
                     + " offering_name, places, match_rank, score, status, offered_at, offered_by, respond_by, responded_at, responded_by,"
                     + " decline_reason, decline_note) VALUES (?, ?, ?, ?, ?, 1, 1, 0.8, 'CLOSED', ?, 'state.staff', ?, ?, 'demo', NULL, NULL)")) {
            for (int i = 0; i < n; i++) {
                DemoQuality.Referral r = quality.referrals().get(i);
                long id = nextReferral++;
                referralIds[i] = id;
                providers[i] = orgIds.get(r.providerKey());
                Instant created = now.minus(Duration.ofDays(r.createdDaysAgo()));
                referral.setLong(1, id);
                referral.setString(2, r.number());
                referral.setString(3, r.serviceTypeCode());
                referral.setString(4, r.countyFips());
                referral.setString(5, r.regionCode());
                referral.setString(6, r.urgency());
                referral.setLong(7, stateAgencyId);
                referral.setTimestamp(8, Timestamp.from(created));
                referral.setTimestamp(9, Timestamp.from(created.plus(Duration.ofDays(30))));
                referral.addBatch();
                child.setLong(1, id);
                child.setString(2, r.childName());
                child.setDate(3, Date.valueOf(LocalDate.ofInstant(created, zone).minusYears(r.childAge()).minusDays(40)));
                child.setString(4, r.childGender());
                child.addBatch();
                offer.setLong(1, nextOffer++);
                offer.setLong(2, id);
                offer.setLong(3, offeringIds.get(r.offeringIndex()));
                offer.setLong(4, providers[i]);
                offer.setString(5, r.offeringName());
                offer.setTimestamp(6, Timestamp.from(created));
                offer.setTimestamp(7, Timestamp.from(created.plus(Duration.ofHours(24))));
                // older cases were answered late more often: every third baseline case after its window
                long hours = r.createdDaysAgo() > 300 && i % 3 == 0 ? 30 : 6 + i % 12;
                offer.setTimestamp(8, Timestamp.from(created.plus(Duration.ofHours(hours))));
                offer.addBatch();
            }
            referral.executeBatch();
            child.executeBatch();
            offer.executeBatch();
        }

        int reviewCount = quality.cycles().stream().mapToInt(c -> c.reviews().size()).sum();
        long nextCycle = IdBlocks.reserve(connection, "cqi_cycle", Math.max(1, quality.cycles().size()));
        long nextReview = IdBlocks.reserve(connection, "cqi_case_review", Math.max(1, reviewCount));
        try (PreparedStatement cycle = connection.prepareStatement("INSERT INTO cqi_cycle (id, region_code, county_fips, kind, title,"
                + " period_start, period_end, instrument_id, sample_size, sample_seed, sampled_at, status, created_by, created_at, version)"
                + " VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'state.staff', ?, 1)");
             PreparedStatement review = connection.prepareStatement("INSERT INTO cqi_case_review (id, cycle_id, referral_id, region_code,"
                     + " provider_id, service_type_code, urgency, reviewer, status, feedback, completed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement interview = connection.prepareStatement("INSERT INTO cqi_interview (review_id, position, role, held_on, note)"
                     + " VALUES (?, ?, ?, ?, NULL)");
             PreparedStatement rating = connection.prepareStatement("INSERT INTO cqi_rating (review_id, item_id, rating, rationale) VALUES (?, ?, ?, ?)")) {
            for (DemoQuality.Cycle c : quality.cycles()) {
                long cycleId = nextCycle++;
                LocalDate end = today.minusDays(c.endDaysAgo());
                cycle.setLong(1, cycleId);
                cycle.setString(2, c.regionCode());
                cycle.setString(3, c.kind().name());
                cycle.setString(4, c.title());
                cycle.setDate(5, Date.valueOf(today.minusDays(c.startDaysAgo())));
                cycle.setDate(6, Date.valueOf(end));
                cycle.setLong(7, instrumentId);
                cycle.setInt(8, c.sampleSize());
                cycle.setLong(9, c.seed());
                cycle.setTimestamp(10, Timestamp.from(now.minus(Duration.ofDays(Math.max(1, c.endDaysAgo() - 1)))));
                cycle.setString(11, c.closed() ? "CLOSED" : "IN_REVIEW");
                cycle.setTimestamp(12, Timestamp.from(now.minus(Duration.ofDays(c.endDaysAgo()))));
                cycle.addBatch();
                for (DemoQuality.Review r : c.reviews()) {
                    long reviewId = nextReview++;
                    DemoQuality.Referral referral = quality.referrals().get(r.referralIndex());
                    review.setLong(1, reviewId);
                    review.setLong(2, cycleId);
                    review.setLong(3, referralIds[r.referralIndex()]);
                    review.setString(4, referral.regionCode());
                    if (providers[r.referralIndex()] == null) {
                        review.setNull(5, Types.BIGINT);
                    } else {
                        review.setLong(5, providers[r.referralIndex()]);
                    }
                    review.setString(6, referral.serviceTypeCode());
                    review.setString(7, referral.urgency());
                    review.setString(8, r.reviewer());
                    review.setString(9, r.completed() ? "COMPLETED" : "SAMPLED");
                    review.setString(10, r.feedback());
                    review.setTimestamp(11, r.completed() ? Timestamp.from(now.minus(Duration.ofDays(Math.max(1, c.endDaysAgo() - 8)))) : null);
                    review.addBatch();
                    int position = 0;
                    for (DemoQuality.Interview i : r.interviews()) {
                        interview.setLong(1, reviewId);
                        interview.setInt(2, position++);
                        interview.setString(3, i.role().name());
                        interview.setDate(4, Date.valueOf(today.minusDays(i.daysAgo())));
                        interview.addBatch();
                    }
                    for (int item = 0; item < Math.min(items.size(), r.ratings().size()); item++) {
                        Rating value = r.ratings().get(item);
                        if (value != null) {
                            rating.setLong(1, reviewId);
                            rating.setLong(2, items.get(item));
                            rating.setString(3, value.name());
                            rating.setString(4, r.rationales().get(item));
                            rating.addBatch();
                        }
                    }
                }
            }
            cycle.executeBatch();
            review.executeBatch();
            interview.executeBatch();
            rating.executeBatch();
        }
        writePlans(quality);
        long nextStage = IdBlocks.reserve(connection, "cqi_stage", Math.max(1, quality.stages().size()));
        try (PreparedStatement stage = connection.prepareStatement("INSERT INTO cqi_stage (id, region_code, stage, starts_on, ends_on, note)"
                + " VALUES (?, ?, ?, ?, ?, NULL)")) {
            for (DemoQuality.Stage s : quality.stages()) {
                stage.setLong(1, nextStage++);
                stage.setString(2, s.regionCode());
                stage.setString(3, s.stage().name());
                stage.setDate(4, Date.valueOf(today.plusDays(s.startInDays())));
                stage.setDate(5, s.endInDays() == null ? null : Date.valueOf(today.plusDays(s.endInDays())));
                stage.addBatch();
            }
            stage.executeBatch();
        }
        long nextAssignment = IdBlocks.reserve(connection, "cqi_reviewer_region", Math.max(1, quality.reviewerRegions().size()));
        try (PreparedStatement assignment = connection.prepareStatement("INSERT INTO cqi_reviewer_region (id, username, region_code,"
                + " assigned_by, assigned_at) VALUES (?, ?, ?, 'state.staff', ?)")) {
            for (DemoQuality.ReviewerRegion r : quality.reviewerRegions()) {
                assignment.setLong(1, nextAssignment++);
                assignment.setString(2, r.username());
                assignment.setString(3, r.regionCode());
                assignment.setTimestamp(4, Timestamp.from(now));
                assignment.addBatch();
            }
            assignment.executeBatch();
        }
    }

    private void writePlans(DemoQuality quality) throws SQLException {
        int goals = quality.plans().stream().mapToInt(p -> p.goals().size()).sum();
        int steps = quality.plans().stream().flatMap(p -> p.goals().stream()).mapToInt(g -> g.steps().size()).sum();
        int notes = quality.plans().stream().mapToInt(p -> p.notes().size()).sum();
        long nextPlan = IdBlocks.reserve(connection, "cqi_plan", Math.max(1, quality.plans().size()));
        long nextGoal = IdBlocks.reserve(connection, "cqi_goal", Math.max(1, goals));
        long nextStep = IdBlocks.reserve(connection, "cqi_step", Math.max(1, steps));
        long nextNote = IdBlocks.reserve(connection, "cqi_note", Math.max(1, notes));
        try (PreparedStatement plan = connection.prepareStatement("INSERT INTO cqi_plan (id, region_code, county_fips, title, cycle_id,"
                + " status, opened_by, opened_at, closed_by, closed_at, version) VALUES (?, ?, NULL, ?, NULL, 'OPEN', ?, ?, NULL, NULL, 1)");
             PreparedStatement goal = connection.prepareStatement("INSERT INTO cqi_goal (id, plan_id, position, statement, component_code,"
                     + " indicator, status, outcome_note) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', NULL)");
             PreparedStatement step = connection.prepareStatement("INSERT INTO cqi_step (id, goal_id, position, action, owner, due_on, status,"
                     + " completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement note = connection.prepareStatement("INSERT INTO cqi_note (id, plan_id, written_by, written_at, body) VALUES (?, ?, ?, ?, ?)")) {
            for (DemoQuality.Plan p : quality.plans()) {
                long planId = nextPlan++;
                plan.setLong(1, planId);
                plan.setString(2, p.regionCode());
                plan.setString(3, p.title());
                plan.setString(4, p.openedBy());
                plan.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(p.openedDaysAgo()))));
                plan.addBatch();
                int goalPosition = 0;
                for (DemoQuality.Goal g : p.goals()) {
                    long goalId = nextGoal++;
                    goal.setLong(1, goalId);
                    goal.setLong(2, planId);
                    goal.setInt(3, ++goalPosition);
                    goal.setString(4, g.statement());
                    goal.setString(5, g.componentCode());
                    goal.setString(6, g.indicator() == null ? null : g.indicator().name());
                    goal.addBatch();
                    int stepPosition = 0;
                    for (DemoQuality.Step s : g.steps()) {
                        step.setLong(1, nextStep++);
                        step.setLong(2, goalId);
                        step.setInt(3, ++stepPosition);
                        step.setString(4, s.action());
                        step.setString(5, s.owner());
                        step.setDate(6, Date.valueOf(today.plusDays(s.dueInDays())));
                        step.setString(7, s.status().name());
                        step.setDate(8, s.status().isFinished() ? Date.valueOf(today.plusDays(s.dueInDays())) : null);
                        step.addBatch();
                    }
                }
                for (DemoQuality.Note n : p.notes()) {
                    note.setLong(1, nextNote++);
                    note.setLong(2, planId);
                    note.setString(3, n.by());
                    note.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(n.daysAgo()))));
                    note.setString(5, n.text());
                    note.addBatch();
                }
            }
            plan.executeBatch();
            goal.executeBatch();
            step.executeBatch();
            note.executeBatch();
        }
    }
}
