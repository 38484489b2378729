package org.providernetwork.service.quality;

import org.providernetwork.domain.quality.CaseReview;
import org.providernetwork.domain.quality.Instrument;
import org.providernetwork.domain.quality.InstrumentComponent;
import org.providernetwork.domain.quality.ReviewCycle;
import org.providernetwork.domain.quality.Scoring;
import org.providernetwork.service.quality.QualityViews.ComponentView;
import org.providernetwork.service.quality.QualityViews.CycleSummary;
import org.providernetwork.service.quality.QualityViews.InstrumentView;
import org.providernetwork.service.quality.QualityViews.ItemView;
import org.providernetwork.service.quality.QualityViews.ReviewSummary;
import org.providernetwork.service.quality.QualityViews.ScoreRow;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entity-to-view mapping shared by the quality services. */
final class QualityMapping {

    private QualityMapping() {
    }

    static InstrumentView view(Instrument instrument) {
        return new InstrumentView(instrument.getId(), instrument.getVersionNumber(), instrument.getTitle(),
                instrument.getPublishedAt(), instrument.getPublishedBy(), instrument.getComponents().stream()
                .map(c -> new ComponentView(c.getId(), c.getCode(), c.getName(), c.getDescription(), c.getItems().stream()
                        .map(i -> new ItemView(i.getId(), i.getCode(), i.getQuestion())).toList())).toList());
    }

    /** The newest published version of the instrument. */
    static Instrument newestInstrument(EntityManager em) {
        return em.createQuery("SELECT i FROM Instrument i ORDER BY i.versionNumber DESC", Instrument.class)
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> new org.providernetwork.domain.shared.NotFoundException("instrument", "current"));
    }

    static List<String> componentCodes(Instrument instrument) {
        return instrument.getComponents().stream().map(InstrumentComponent::getCode).toList();
    }

    static List<ScoreRow> componentScores(Instrument instrument, Collection<Scoring.Rated> ratings) {
        Map<String, Scoring.Tally> tallies = Scoring.byComponent(componentCodes(instrument), ratings);
        List<ScoreRow> rows = new ArrayList<>();
        for (InstrumentComponent c : instrument.getComponents()) {
            Scoring.Tally t = tallies.get(c.getCode());
            rows.add(new ScoreRow(c.getCode(), c.getName(), t.strengths(), t.needsWork(), t.notApplicable(), t.percent()));
        }
        Scoring.Tally all = Scoring.overall(ratings);
        rows.add(new ScoreRow("OVERALL", "Overall", all.strengths(), all.needsWork(), all.notApplicable(), all.percent()));
        return rows;
    }

    /** Completed reviews of a cycle with their ratings. */
    static List<CaseReview> completed(EntityManager em, ReviewCycle cycle) {
        return em.createQuery("SELECT r FROM CaseReview r WHERE r.cycle = :c"
                        + " AND r.status = org.providernetwork.domain.quality.ReviewStatus.COMPLETED ORDER BY r.id", CaseReview.class)
                .setParameter("c", cycle).getResultList();
    }

    static CycleSummary summary(EntityManager em, ReviewCycle c) {
        Object[] counts = em.createQuery("SELECT COUNT(r), SUM(CASE WHEN r.status = org.providernetwork.domain.quality.ReviewStatus.COMPLETED"
                + " THEN 1 ELSE 0 END) FROM CaseReview r WHERE r.cycle = :c", Object[].class).setParameter("c", c).getSingleResult();
        long cases = counts[0] == null ? 0 : ((Number) counts[0]).longValue();
        long completed = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        Integer overall = completed == 0 ? null
                : Scoring.overall(completed(em, c).stream().flatMap(r -> r.rated().stream()).toList()).percent();
        return new CycleSummary(c.getId(), c.getRegionCode(), c.getCountyFips(), c.getKind(), c.getTitle(), c.getPeriodStart(),
                c.getPeriodEnd(), c.getInstrument().getVersionNumber(), c.getSampleSize(), c.getSampleSeed(), c.getStatus(),
                cases, completed, overall, c.getVersion());
    }

    static List<ReviewSummary> summaries(EntityManager em, List<CaseReview> reviews) {
        if (reviews.isEmpty()) {
            return List.of();
        }
        Map<Long, String> numbers = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.id, r.number FROM Referral r WHERE r.id IN :ids", Object[].class)
                .setParameter("ids", reviews.stream().map(CaseReview::getReferralId).distinct().toList()).getResultList()) {
            numbers.put((Long) row[0], (String) row[1]);
        }
        Map<Long, String> providers = new HashMap<>();
        List<Long> providerIds = reviews.stream().map(CaseReview::getProviderId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!providerIds.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT o.id, o.name FROM Organisation o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", providerIds).getResultList()) {
                providers.put((Long) row[0], (String) row[1]);
            }
        }
        return reviews.stream().map(r -> new ReviewSummary(r.getId(), r.getCycle().getId(), r.getCycle().getTitle(),
                r.getCycle().getKind(), r.getReferralId(), numbers.get(r.getReferralId()), r.getRegionCode(), r.getProviderId(),
                r.getProviderId() == null ? null : providers.get(r.getProviderId()), r.getServiceTypeCode(), r.getUrgency(),
                r.getReviewer(), r.getStatus(), r.getRatings().isEmpty() ? null : Scoring.overall(r.rated()).percent())).toList();
    }
}
