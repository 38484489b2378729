package org.providernetwork.service.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.account.UserAccount;
import org.providernetwork.domain.quality.CaseReview;
import org.providernetwork.domain.quality.CycleKind;
import org.providernetwork.domain.quality.Instrument;
import org.providernetwork.domain.quality.InstrumentItem;
import org.providernetwork.domain.quality.Interview;
import org.providernetwork.domain.quality.InterviewRole;
import org.providernetwork.domain.quality.ItemRating;
import org.providernetwork.domain.quality.Rating;
import org.providernetwork.domain.quality.ReviewCycle;
import org.providernetwork.domain.quality.ReviewerRegion;
import org.providernetwork.domain.quality.SamplingPlan;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.NotPermittedException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.service.platform.Constraints;
import org.providernetwork.service.quality.QualityViews.CycleSummary;
import org.providernetwork.service.quality.QualityViews.CycleView;
import org.providernetwork.service.quality.QualityViews.InterviewView;
import org.providernetwork.service.quality.QualityViews.RatingView;
import org.providernetwork.service.quality.QualityViews.ReviewSummary;
import org.providernetwork.service.quality.QualityViews.ReviewView;
import org.providernetwork.service.quality.QualityViews.ReviewerRegionView;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.tenancy.TenantScope;

import org.providernetwork.domain.shared.StateCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Review cycles and case reviews. State CQI staff plan a cycle for a region (baseline, follow-up or an
 * interim peer or county-team review), draw its sample from the region's served referrals of the period
 * (seeded and stratified: {@link SamplingPlan}) and assign reviewers; a reviewer records the interviews
 * and the item ratings of the cases assigned to it, in the regions assigned to it, and completes them.
 */
@Stateless
public class CaseReviews {

    private static final List<String> SERVED = List.of("ACCEPTED", "IN_PROGRESS", "COMPLETED");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private QualityAccess access;

    @Inject
    private ReferenceData reference;

    @Inject
    private Clock clock;

    /** A cycle to plan; {@code instrumentId} null for the newest version, {@code seed} null for one from the clock. */
    public record NewCycle(String regionCode, String countyFips, CycleKind kind, String title, LocalDate periodStart,
                           LocalDate periodEnd, Integer sampleSize, Long seed, Long instrumentId) {
    }

    /** What a reviewer records: interviews, ratings, feedback; {@code complete} to complete the review. */
    public record ReviewInput(List<InterviewInput> interviews, List<RatingInput> ratings, String feedback, boolean complete) {
    }

    public record InterviewInput(InterviewRole role, LocalDate heldOn, String note) {
    }

    public record RatingInput(Long itemId, Rating rating, String rationale) {
    }

    // --- cycles

    /**
     * Plans a cycle. State staff plan every kind anywhere; a region's lead plans the interim (peer and
     * county-team) reviews of its own region ({@link TenantScope#runsCycle}).
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public CycleSummary plan(@NotNull NewCycle request) {
        String region = region(request.regionCode());
        if (request.kind() != null && !access.scope().runsCycle(region, request.kind())) {
            if (!access.scope().includesRegion(region)) {
                throw new NotPermittedException("regionCode", "you plan reviews in your own region only");
            }
            throw new NotPermittedException("kind", "the state plans " + request.kind().getLabel().toLowerCase(Locale.ROOT)
                    + " reviews; a region plans its interim (peer and county-team) reviews");
        }
        String county = null;
        if (request.countyFips() != null && !request.countyFips().isBlank()) {
            county = request.countyFips().trim();
            var view = reference.county(county).orElseThrow(() -> new InvalidInputException("county", "unknown county " + request.countyFips()));
            long regionId = reference.region(region).orElseThrow().id();
            if (view.regionId() == null || view.regionId() != regionId) {
                throw new InvalidInputException("county", "the county is not in region " + region);
            }
        }
        Instrument instrument = request.instrumentId() == null ? QualityMapping.newestInstrument(em) : em.find(Instrument.class, request.instrumentId());
        if (instrument == null) {
            throw new InvalidInputException("instrumentId", "unknown instrument " + request.instrumentId());
        }
        long seed = request.seed() != null ? request.seed() : clock.millis();
        SamplingPlan sampling = new SamplingPlan(request.sampleSize() == null ? 20 : request.sampleSize(), seed);
        ReviewCycle cycle = ReviewCycle.plan(region, county, request.kind(), request.title(), request.periodStart(),
                request.periodEnd(), instrument, sampling, access.username(), clock.instant());
        em.persist(cycle);
        em.flush();
        return QualityMapping.summary(em, cycle);
    }

    /** Cycles the caller may see, newest period first; {@code region} narrows to one region. */
    public List<CycleSummary> cycles(String region) {
        TenantScope.Predicate scope = access.scope().regionRecords("c");
        TenantScope.Predicate reviewer = access.reviewerCondition("c");
        StringBuilder jpql = new StringBuilder("SELECT c FROM ReviewCycle c WHERE ").append(scope.jpql()).append(" AND ")
                .append(reviewer.jpql());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.putAll(reviewer.parameters());
        if (region != null && !region.isBlank()) {
            jpql.append(" AND c.regionCode = :region");
            parameters.put("region", region.trim().toUpperCase(Locale.ROOT));
        }
        TypedQuery<ReviewCycle> query = em.createQuery(jpql + " ORDER BY c.periodStart DESC, c.id DESC", ReviewCycle.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(200).getResultList().stream().map(c -> QualityMapping.summary(em, c)).toList();
    }

    public CycleView cycle(long id) {
        ReviewCycle cycle = visibleCycle(id);
        List<CaseReview> reviews = em.createQuery("SELECT r FROM CaseReview r WHERE r.cycle = :c ORDER BY r.id", CaseReview.class)
                .setParameter("c", cycle).getResultList();
        return new CycleView(QualityMapping.summary(em, cycle), QualityMapping.summaries(em, reviews));
    }

    /**
     * Draws the cycle's sample from the served referrals of its region (and county) created in its period,
     * stratified by service type and urgency, with the cycle's seed.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public CycleView drawSample(long cycleId) {
        ReviewCycle cycle = runCycle(cycleId);
        cycle.sampled(clock.instant());
        StringBuilder jpql = new StringBuilder("SELECT r.id, r.serviceTypeCode, r.urgency FROM Referral r WHERE r.regionCode = :region"
                + " AND r.createdAt >= :from AND r.createdAt < :to AND r.status IN :served");
        if (cycle.getCountyFips() != null) {
            jpql.append(" AND r.homeCountyFips = :county");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("region", cycle.getRegionCode())
                .setParameter("from", StateCalendar.startOf(cycle.getPeriodStart(), clock.getZone()))
                .setParameter("to", StateCalendar.endOf(cycle.getPeriodEnd(), clock.getZone()))
                .setParameter("served", SERVED.stream().map(org.providernetwork.domain.referral.ReferralStatus::valueOf).toList());
        if (cycle.getCountyFips() != null) {
            query.setParameter("county", cycle.getCountyFips());
        }
        List<SamplingPlan.Case> population = query.getResultList().stream()
                .map(r -> new SamplingPlan.Case((Long) r[0], (String) r[1], r[2].toString())).toList();
        List<SamplingPlan.Case> sample = cycle.sampling().draw(population);
        Map<Long, Long> providers = servingProviders(sample.stream().map(SamplingPlan.Case::referralId).toList());
        for (SamplingPlan.Case c : sample) {
            em.persist(CaseReview.sampled(cycle, c.referralId(), cycle.getRegionCode(), providers.get(c.referralId()),
                    c.serviceTypeCode(), c.urgency()));
        }
        em.flush();
        return cycle(cycleId);
    }

    /** The provider whose offer was accepted, per referral. */
    private Map<Long, Long> servingProviders(List<Long> referralIds) {
        Map<Long, Long> result = new HashMap<>();
        if (referralIds.isEmpty()) {
            return result;
        }
        for (Object[] row : em.createQuery("SELECT o.referral.id, o.providerId FROM Offer o WHERE o.referral.id IN :ids"
                        + " AND o.status IN (org.providernetwork.domain.referral.OfferStatus.ACCEPTED,"
                        + " org.providernetwork.domain.referral.OfferStatus.CLOSED)", Object[].class)
                .setParameter("ids", referralIds).getResultList()) {
            result.put((Long) row[0], (Long) row[1]);
        }
        return result;
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public CycleSummary close(long cycleId) {
        ReviewCycle cycle = runCycle(cycleId);
        cycle.close();
        em.flush();
        return QualityMapping.summary(em, cycle);
    }

    /**
     * Assigns a review to a reviewer. In a cycle the state runs: a CQI reviewer assigned to the region, or
     * state staff. In a cycle a region's lead runs: an account of the lead's own organisation.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ReviewView assign(long reviewId, String reviewer) {
        CaseReview review = visibleReview(reviewId);
        runCycle(review.getCycle().getId());
        String username = reviewer == null ? "" : reviewer.trim().toLowerCase(Locale.ROOT);
        UserAccount account = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("reviewer", "no account named " + reviewer));
        if (!access.scope().picksReviewer(account.getOrganisation().getId())) {
            throw new InvalidInputException("reviewer", username + " is not an account of your organisation");
        }
        if (!access.isStateStaff()) {
            // a lead's own account (the scope checked the organisation)
            review.assign(username);
            em.flush();
            return view(review);
        }
        boolean staff = account.getRoles().contains(PortalRole.STATE_STAFF);
        if (!staff && !account.getRoles().contains(PortalRole.CQI_REVIEWER)) {
            throw new InvalidInputException("reviewer", username + " is not a CQI reviewer");
        }
        if (!staff && !access.assignedRegions(username).contains(review.getRegionCode())) {
            throw new InvalidInputException("reviewer", username + " is not assigned to region " + review.getRegionCode());
        }
        review.assign(username);
        em.flush();
        return view(review);
    }

    // --- reviews

    public ReviewView review(long id) {
        return view(visibleReview(id));
    }

    /** Reviews assigned to the caller and not completed yet. */
    @RolesAllowed({Roles.CQI_REVIEWER, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public List<ReviewSummary> assignedToMe() {
        TenantScope.Predicate reviewer = access.reviewerCondition("r");
        TypedQuery<CaseReview> query = em.createQuery("SELECT r FROM CaseReview r WHERE r.reviewer = :me AND r.status <>"
                + " org.providernetwork.domain.quality.ReviewStatus.COMPLETED AND " + reviewer.jpql() + " ORDER BY r.id", CaseReview.class)
                .setParameter("me", access.username());
        reviewer.parameters().forEach(query::setParameter);
        return QualityMapping.summaries(em, query.setMaxResults(200).getResultList());
    }

    /** Completed reviews the caller may read (a provider: the feedback on the cases it served), newest first. */
    public List<ReviewSummary> completed(String region) {
        TenantScope.Predicate scope = access.scope().reviews("r");
        TenantScope.Predicate reviewer = access.reviewerCondition("r");
        StringBuilder jpql = new StringBuilder("SELECT r FROM CaseReview r WHERE r.status = org.providernetwork.domain.quality.ReviewStatus.COMPLETED AND ")
                .append(scope.jpql()).append(" AND ").append(reviewer.jpql());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.putAll(reviewer.parameters());
        if (region != null && !region.isBlank()) {
            jpql.append(" AND r.regionCode = :region");
            parameters.put("region", region.trim().toUpperCase(Locale.ROOT));
        }
        TypedQuery<CaseReview> query = em.createQuery(jpql + " ORDER BY r.completedAt DESC, r.id DESC", CaseReview.class);
        parameters.forEach(query::setParameter);
        return QualityMapping.summaries(em, query.setMaxResults(200).getResultList());
    }

    /**
     * Records interviews, ratings and feedback (and completes the review when asked). The reviewer the review
     * is assigned to records it; state CQI staff may record any. {@code version} guards against a stale form.
     */
    @RolesAllowed({Roles.CQI_REVIEWER, Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ReviewView record(long id, @NotNull ReviewInput input, Long version) {
        CaseReview review = visibleReview(id);
        if (version != null && org.providernetwork.domain.shared.Versions.stale(version, review.getVersion())) {
            throw new StaleVersionException("review " + id + " changed since it was read");
        }
        if (!mayRecord(review)) {
            throw new ConflictException("reviewer", "this review is assigned to " + (review.getReviewer() == null ? "no one" : "another reviewer"));
        }
        List<Interview> interviews = new ArrayList<>();
        for (InterviewInput i : input.interviews() == null ? List.<InterviewInput>of() : input.interviews()) {
            interviews.add(new Interview(i.role(), i.heldOn(), i.note()));
        }
        Map<Long, ItemRating> ratings = new LinkedHashMap<>();
        for (RatingInput r : input.ratings() == null ? List.<RatingInput>of() : input.ratings()) {
            if (r.itemId() == null) {
                throw new InvalidInputException("ratings.itemId", "name the item");
            }
            if (r.rating() == null && (r.rationale() == null || r.rationale().isBlank())) {
                continue;
            }
            InstrumentItem item = review.getCycle().getInstrument().item(r.itemId())
                    .orElseThrow(() -> new InvalidInputException("ratings.itemId", "item " + r.itemId() + " is not on this review's instrument"));
            try {
                ratings.put(r.itemId(), new ItemRating(r.rating(), r.rationale()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), "item " + item.getCode() + ": " + e.getMessage());
            }
        }
        review.record(interviews, ratings, input.feedback());
        if (input.complete()) {
            review.complete(clock.instant());
        }
        em.flush();
        return view(review);
    }

    // --- reviewer regions

    @RolesAllowed({Roles.STATE_STAFF, Roles.AUDITOR})
    public List<ReviewerRegionView> reviewerRegions() {
        return em.createQuery("SELECT r FROM ReviewerRegion r ORDER BY r.username, r.regionCode", ReviewerRegion.class)
                .setMaxResults(500).getResultList().stream()
                .map(r -> new ReviewerRegionView(r.getId(), r.getUsername(), r.getRegionCode(), r.getAssignedBy(), r.getAssignedAt())).toList();
    }

    @RolesAllowed(Roles.STATE_STAFF)
    public ReviewerRegionView assignRegion(String username, String regionCode) {
        String region = region(regionCode);
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        UserAccount account = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", name).getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("username", "no account named " + username));
        if (!account.getRoles().contains(PortalRole.CQI_REVIEWER)) {
            throw new InvalidInputException("username", name + " is not a CQI reviewer");
        }
        if (access.assignedRegions(name).contains(region)) {
            throw new ConflictException("region", name + " is assigned to " + region + " already");
        }
        ReviewerRegion assignment = new ReviewerRegion(name, region, access.username(), clock.instant());
        try {
            em.persist(assignment);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("region", name + " is assigned to " + region + " already");
            }
            throw e;
        }
        return new ReviewerRegionView(assignment.getId(), name, region, assignment.getAssignedBy(), assignment.getAssignedAt());
    }

    @RolesAllowed(Roles.STATE_STAFF)
    public void unassignRegion(long assignmentId) {
        ReviewerRegion assignment = em.find(ReviewerRegion.class, assignmentId);
        if (assignment == null) {
            throw new NotFoundException("assignment", assignmentId);
        }
        em.remove(assignment);
    }

    // --- helpers

    private String region(String code) {
        String region = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (reference.region(region).isEmpty()) {
            throw new InvalidInputException("region", "unknown region " + code);
        }
        return region;
    }

    private ReviewCycle visibleCycle(long id) {
        ReviewCycle cycle = em.find(ReviewCycle.class, id);
        if (cycle == null || !access.seesRegion(cycle.getRegionCode())) {
            throw new NotFoundException("cycle", id);
        }
        return cycle;
    }

    /** A visible cycle the caller runs ({@link TenantScope#runsCycle}); refused as 403 when only visible. */
    private ReviewCycle runCycle(long id) {
        ReviewCycle cycle = visibleCycle(id);
        if (!access.scope().runsCycle(cycle.getRegionCode(), cycle.getKind())) {
            throw new NotPermittedException("cycle", "the state runs " + cycle.getKind().getLabel().toLowerCase(Locale.ROOT)
                    + " reviews; a region runs its own interim reviews");
        }
        return cycle;
    }

    /** Whether the caller runs the cycle: plans, samples, assigns and closes it (the portal asks before it offers). */
    public boolean runs(long cycleId) {
        ReviewCycle cycle = visibleCycle(cycleId);
        return access.runsQuality() && access.scope().runsCycle(cycle.getRegionCode(), cycle.getKind());
    }

    /** The kinds of cycle the caller may plan in {@code region} (empty when none). */
    public List<CycleKind> plannableKinds(String region) {
        if (!access.runsQuality()) {
            return List.of();
        }
        return java.util.Arrays.stream(CycleKind.values())
                .filter(k -> access.scope().runsCycle(region, k)).toList();
    }

    /** Whether the caller may record this review now: not completed, and state staff or its reviewer. */
    public boolean records(long reviewId) {
        CaseReview review = visibleReview(reviewId);
        return review.getStatus() != org.providernetwork.domain.quality.ReviewStatus.COMPLETED && mayRecord(review);
    }

    private boolean mayRecord(CaseReview review) {
        return access.isStateStaff() || access.username().equals(review.getReviewer());
    }

    private CaseReview visibleReview(long id) {
        CaseReview review = em.find(CaseReview.class, id);
        if (review == null || !access.seesReview(review.getRegionCode(), review.getProviderId(),
                review.getStatus() == org.providernetwork.domain.quality.ReviewStatus.COMPLETED)) {
            throw new NotFoundException("review", id);
        }
        return review;
    }

    private ReviewView view(CaseReview review) {
        ReviewSummary summary = QualityMapping.summaries(em, List.of(review)).get(0);
        Instrument instrument = review.getCycle().getInstrument();
        List<RatingView> ratings = new ArrayList<>();
        for (InstrumentItem item : instrument.items()) {
            ItemRating rating = review.getRatings().get(item.getId());
            if (rating != null) {
                ratings.add(new RatingView(item.getId(), item.getCode(), item.getComponent().getCode(), rating.getRating(), rating.getRationale()));
            }
        }
        return new ReviewView(summary, review.getFeedback(), review.getCompletedAt(), QualityMapping.view(instrument),
                review.getInterviews().stream().map(i -> new InterviewView(i.getRole(), i.getHeldOn(), i.getNote())).toList(),
                ratings, QualityMapping.componentScores(instrument, review.rated()), review.getVersion());
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
