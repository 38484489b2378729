package org.providernetwork.service.quality;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.quality.CaseReview;
import org.providernetwork.domain.quality.CycleKind;
import org.providernetwork.domain.quality.Instrument;
import org.providernetwork.domain.quality.InstrumentComponent;
import org.providernetwork.domain.quality.InstrumentItem;
import org.providernetwork.domain.quality.RegionStage;
import org.providernetwork.domain.quality.ReviewCycle;
import org.providernetwork.domain.quality.Scoring;
import org.providernetwork.domain.referral.OfferMeasures;
import org.providernetwork.domain.referral.OfferStatus;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.quality.QualityViews.ComparisonRow;
import org.providernetwork.service.quality.QualityViews.CycleSummary;
import org.providernetwork.service.quality.QualityViews.IndicatorRow;
import org.providernetwork.service.quality.QualityViews.RegionReport;
import org.providernetwork.service.quality.QualityViews.ReviewSummary;
import org.providernetwork.service.quality.QualityViews.ScoreRow;
import org.providernetwork.service.quality.QualityViews.StatewideRow;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import org.providernetwork.domain.shared.StateCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Results: item, component and overall shares rated strength per case, per region and statewide; a region's
 * baseline against its follow-up component by component, with the region's referral indicators over the
 * same periods beside them.
 */
@Stateless
public class QualityReports {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private QualityAccess access;

    @Inject
    private ReferenceData reference;

    @Inject
    private Clock clock;

    @Inject
    private org.providernetwork.service.outcome.OutcomeStore outcomeStore;

    /** The report of one region the caller may see (404 otherwise). */
    public RegionReport region(String code) {
        String region = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        RegionView view = reference.region(region).orElseThrow(() -> new NotFoundException("region", code));
        if (!access.seesRegion(region)) {
            throw new NotFoundException("region report", code);
        }
        List<ReviewCycle> cycles = em.createQuery("SELECT c FROM ReviewCycle c WHERE c.regionCode = :r"
                + " ORDER BY c.periodStart DESC, c.id DESC", ReviewCycle.class).setParameter("r", region).getResultList();
        Optional<ReviewCycle> baseline = latest(cycles, CycleKind.BASELINE);
        Optional<ReviewCycle> followUp = latest(cycles, CycleKind.FOLLOW_UP);
        List<CaseReview> before = baseline.map(c -> QualityMapping.completed(em, c)).orElse(List.of());
        List<CaseReview> after = followUp.map(c -> QualityMapping.completed(em, c)).orElse(List.of());
        Instrument instrument = followUp.or(() -> baseline).map(ReviewCycle::getInstrument).orElse(null);
        List<ComparisonRow> comparison = new ArrayList<>();
        List<ScoreRow> items = new ArrayList<>();
        if (instrument != null) {
            List<String> codes = QualityMapping.componentCodes(instrument);
            List<Scoring.Rated> beforeRatings = before.stream().flatMap(r -> r.rated().stream()).toList();
            List<Scoring.Rated> afterRatings = after.stream().flatMap(r -> r.rated().stream()).toList();
            Map<String, String> names = new LinkedHashMap<>();
            instrument.getComponents().forEach(c -> names.put(c.getCode(), c.getName()));
            for (Scoring.Change change : Scoring.compare(codes, beforeRatings, afterRatings)) {
                comparison.add(new ComparisonRow(change.componentCode(), names.getOrDefault(change.componentCode(), "Overall"),
                        change.baselinePercent(), change.followUpPercent(), change.delta()));
            }
            List<Scoring.Rated> latest = afterRatings.isEmpty() ? beforeRatings : afterRatings;
            Map<String, Scoring.Tally> byItem = Scoring.byItem(instrument.items().stream().map(InstrumentItem::getCode).toList(), latest);
            for (InstrumentComponent component : instrument.getComponents()) {
                for (InstrumentItem item : component.getItems()) {
                    Scoring.Tally t = byItem.get(item.getCode());
                    items.add(new ScoreRow(item.getCode(), item.getQuestion(), t.strengths(), t.needsWork(), t.notApplicable(), t.percent()));
                }
            }
        }
        Optional<OfferMeasures.Tally> offersBefore = baseline.map(c -> offers(region, c));
        Optional<OfferMeasures.Tally> offersAfter = followUp.map(c -> offers(region, c));
        List<IndicatorRow> indicators = new ArrayList<>(List.of(
                new IndicatorRow(Indicator.REFERRAL_ACCEPTANCE, Indicator.REFERRAL_ACCEPTANCE.getLabel(),
                        offersBefore.map(t -> percent(t.acceptance())).orElse(null),
                        offersAfter.map(t -> percent(t.acceptance())).orElse(null)),
                new IndicatorRow(Indicator.RESPONSE_ON_TIME, Indicator.RESPONSE_ON_TIME.getLabel(),
                        offersBefore.map(t -> percent(t.responseOnTime())).orElse(null),
                        offersAfter.map(t -> percent(t.responseOnTime())).orElse(null))));
        indicators.addAll(outcomes(region, baseline.orElse(null), followUp.orElse(null)));
        List<CaseReview> cases = em.createQuery("SELECT r FROM CaseReview r WHERE r.regionCode = :r"
                        + " AND r.status = org.providernetwork.domain.quality.ReviewStatus.COMPLETED ORDER BY r.completedAt DESC, r.id DESC",
                CaseReview.class).setParameter("r", region).setMaxResults(200).getResultList();
        List<ReviewSummary> caseRows = QualityMapping.summaries(em, cases);
        return new RegionReport(region, view.name(), baseline.map(c -> QualityMapping.summary(em, c)).orElse(null),
                followUp.map(c -> QualityMapping.summary(em, c)).orElse(null), comparison, items, indicators,
                cycles.stream().map(c -> QualityMapping.summary(em, c)).toList(), caseRows);
    }

    /** One row per region the caller may see: latest baseline and follow-up shares, reviews, stage, open plans. */
    public List<StatewideRow> statewide() {
        LocalDate today = LocalDate.now(clock);
        List<StatewideRow> rows = new ArrayList<>();
        for (RegionView region : reference.regions()) {
            if (!access.seesRegion(region.code())) {
                continue;
            }
            List<ReviewCycle> cycles = em.createQuery("SELECT c FROM ReviewCycle c WHERE c.regionCode = :r"
                    + " ORDER BY c.periodStart DESC, c.id DESC", ReviewCycle.class).setParameter("r", region.code()).getResultList();
            Integer before = latest(cycles, CycleKind.BASELINE).map(c -> QualityMapping.summary(em, c).overallPercent()).orElse(null);
            Integer after = latest(cycles, CycleKind.FOLLOW_UP).map(c -> QualityMapping.summary(em, c).overallPercent()).orElse(null);
            long completed = em.createQuery("SELECT COUNT(r) FROM CaseReview r WHERE r.regionCode = :r"
                    + " AND r.status = org.providernetwork.domain.quality.ReviewStatus.COMPLETED", Long.class)
                    .setParameter("r", region.code()).getSingleResult();
            String stage = em.createQuery("SELECT s FROM RegionStage s WHERE s.regionCode = :r ORDER BY s.startsOn DESC", RegionStage.class)
                    .setParameter("r", region.code()).getResultList().stream().filter(s -> !s.getStartsOn().isAfter(today))
                    .findFirst().map(s -> s.getStage().getLabel()).orElse("Not started");
            long openPlans = em.createQuery("SELECT COUNT(p) FROM ImprovementPlan p WHERE p.regionCode = :r"
                    + " AND p.status = org.providernetwork.domain.quality.PlanStatus.OPEN", Long.class)
                    .setParameter("r", region.code()).getSingleResult();
            rows.add(new StatewideRow(region.code(), region.name(), before, after, completed, stage, openPlans));
        }
        return rows;
    }

    /** The statewide shares over every visible region's completed reviews, per component, for baselines and follow-ups. */
    public List<ComparisonRow> statewideComponents() {
        List<ReviewCycle> cycles = new ArrayList<>();
        for (RegionView region : reference.regions()) {
            if (access.seesRegion(region.code())) {
                cycles.addAll(em.createQuery("SELECT c FROM ReviewCycle c WHERE c.regionCode = :r", ReviewCycle.class)
                        .setParameter("r", region.code()).getResultList());
            }
        }
        List<Scoring.Rated> before = new ArrayList<>();
        List<Scoring.Rated> after = new ArrayList<>();
        Instrument instrument = null;
        for (ReviewCycle c : cycles) {
            if (c.getKind() == CycleKind.BASELINE || c.getKind() == CycleKind.FOLLOW_UP) {
                List<Scoring.Rated> target = c.getKind() == CycleKind.BASELINE ? before : after;
                QualityMapping.completed(em, c).forEach(r -> target.addAll(r.rated()));
                if (instrument == null || c.getInstrument().getVersionNumber() > instrument.getVersionNumber()) {
                    instrument = c.getInstrument();
                }
            }
        }
        if (instrument == null) {
            return List.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        instrument.getComponents().forEach(c -> names.put(c.getCode(), c.getName()));
        return Scoring.compare(QualityMapping.componentCodes(instrument), before, after).stream()
                .map(c -> new ComparisonRow(c.componentCode(), names.getOrDefault(c.componentCode(), "Overall"),
                        c.baselinePercent(), c.followUpPercent(), c.delta())).toList();
    }

    private static Optional<ReviewCycle> latest(List<ReviewCycle> cycles, CycleKind kind) {
        return cycles.stream().filter(c -> c.getKind() == kind).findFirst();
    }

    /** The federal indicators a region report shows beside its review results. */
    private static final List<org.providernetwork.domain.outcome.IndicatorDefinition> FEDERAL = java.util.Arrays.stream(
                    org.providernetwork.domain.outcome.IndicatorDefinition.values())
            .filter(d -> d.id().startsWith("permanency") || d.id().equals("reentry-12m") || d.id().equals("placement-stability")
                    || d.id().equals("maltreatment-in-care")).toList();

    /** The region's federal outcome indicators over the baseline's and the follow-up's periods, from the outcome history. */
    private List<IndicatorRow> outcomes(String region, ReviewCycle baseline, ReviewCycle followUp) {
        if (baseline == null && followUp == null) {
            return List.of();
        }
        org.providernetwork.domain.outcome.Cut cut = org.providernetwork.domain.outcome.Cut.region(region);
        Map<String, Double> before = values(baseline, cut);
        Map<String, Double> after = values(followUp, cut);
        return FEDERAL.stream().map(d -> new IndicatorRow(d.indicator(), d.indicator().getLabel(), before.get(d.id()),
                after.get(d.id()))).toList();
    }

    private Map<String, Double> values(ReviewCycle cycle, org.providernetwork.domain.outcome.Cut cut) {
        Map<String, Double> values = new java.util.HashMap<>();
        if (cycle != null) {
            for (org.providernetwork.domain.outcome.IndicatorResult r : outcomeStore.compute(
                    new org.providernetwork.domain.shared.Period(cycle.getPeriodStart(), cycle.getPeriodEnd()), cut, FEDERAL)) {
                if (r.hasValue()) {
                    values.put(r.id(), Math.round(r.value() * 100) / 100.0);
                }
            }
        }
        return values;
    }

    /**
     * The region's referral measures over the cycle's period ({@link OfferMeasures}: the same definitions as the
     * indicator engine's {@code offer-acceptance} and {@code offer-response-on-time}), over the offers made in the
     * period on the region's referrals.
     */
    private OfferMeasures.Tally offers(String region, ReviewCycle cycle) {
        OfferMeasures.Tally tally = new OfferMeasures.Tally();
        em.createQuery("SELECT o.status, o.respondBy, o.respondedAt FROM Offer o WHERE o.referral.regionCode = :r"
                        + " AND o.offeredAt >= :from AND o.offeredAt < :to AND o.status IN :counted", Object[].class)
                .setParameter("r", region)
                .setParameter("from", StateCalendar.startOf(cycle.getPeriodStart(), clock.getZone()))
                .setParameter("to", StateCalendar.endOf(cycle.getPeriodEnd(), clock.getZone()))
                .setParameter("counted", List.copyOf(OfferMeasures.COUNTED))
                .getResultStream().forEach(row -> tally.add((OfferStatus) row[0], (Instant) row[1], (Instant) row[2]));
        return tally;
    }

    /** A fraction as a percentage with one decimal, as the report shows it. */
    private static Double percent(Double fraction) {
        return fraction == null ? null : Math.round(1000.0 * fraction) / 10.0;
    }
}
