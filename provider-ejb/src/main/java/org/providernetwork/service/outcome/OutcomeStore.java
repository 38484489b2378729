package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.providernetwork.domain.outcome.ChildRecord;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.outcome.Geography;
import org.providernetwork.domain.outcome.IndicatorDefinition;
import org.providernetwork.domain.outcome.IndicatorResult;
import org.providernetwork.domain.outcome.Period;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Episode;
import org.providernetwork.domain.outcome.InHomeService;
import org.providernetwork.domain.outcome.IndicatorEngine;
import org.providernetwork.domain.outcome.Maltreatment;
import org.providernetwork.domain.outcome.OfferAnswer;
import org.providernetwork.domain.outcome.OutcomeData;
import org.providernetwork.domain.outcome.Placement;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;

import java.time.LocalDate;
import org.providernetwork.service.reference.ReferenceData;

import static org.providernetwork.service.platform.SqlValues.bool;
import static org.providernetwork.service.platform.SqlValues.date;
import static org.providernetwork.service.platform.SqlValues.instant;
import static org.providernetwork.service.platform.SqlValues.longOrNull;
import static org.providernetwork.service.platform.SqlValues.trimmed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole outcome history (the portal's own and imported) with one set query per table, and
 * keeps it prepared for the indicator engine for {@code portal.outcomes.cache-seconds} (60), or until
 * outcome data is written ({@link #invalidate()}).
 */
@ApplicationScoped
public class OutcomeStore {

    private static final IndicatorEngine ENGINE = new IndicatorEngine();

    private record Snapshot(IndicatorEngine.Prepared prepared, int children, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    @Inject
    @ConfigProperty(name = "portal.outcomes.cache-seconds", defaultValue = "60")
    private int cacheSeconds;

    @Inject
    private ReferenceData reference;

    private volatile Geography geography;

    /** County regions and centroids for the engine, built once from the reference data. */
    public Geography geography() {
        Geography g = geography;
        if (g == null) {
            g = Geography.of(reference.counties(null).stream()
                    .map(c -> new Geography.County(c.fips(), c.regionCode(), c.latitude(), c.longitude())).toList());
            geography = g;
        }
        return g;
    }

    /**
     * The cohort period of an indicator for a report period, as the federal data profiles draw it: children
     * entering a year earlier for permanency in 12 months (entries), two years earlier for re-entry, whose
     * follow-up reaches 12 and 24 months beyond their entry period; the report's own period for the others.
     */
    public static Period cohortPeriod(String id, Period period) {
        return switch (id) {
            case "permanency-12m-entries" -> new Period(period.start().minusYears(1), period.end().minusYears(1));
            case "reentry-12m" -> new Period(period.start().minusYears(2), period.end().minusYears(2));
            default -> period;
        };
    }

    /** The given indicators for a period and a cut, each over its own cohort period, each computed once. */
    public List<IndicatorResult> compute(EntityManager em, Period period, Cut cut, Collection<IndicatorDefinition> which) {
        IndicatorEngine.Prepared data = prepared(em);
        Geography counties = geography();
        List<IndicatorResult> results = new ArrayList<>(which.size());
        for (IndicatorDefinition definition : which) {
            results.add(ENGINE.compute(definition, data, cohortPeriod(definition.id(), period), cut, counties));
        }
        return results;
    }

    /** The prepared history, loaded at most once per cache period. */
    public IndicatorEngine.Prepared prepared(EntityManager em) {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > cacheSeconds * 1_000_000_000L) {
            OutcomeData data = load(em);
            s = new Snapshot(ENGINE.prepare(data), data.children().size(), System.nanoTime());
            snapshot = s;
        }
        return s.prepared();
    }

    public void invalidate() {
        snapshot = null;
    }

    @SuppressWarnings("unchecked")
    public OutcomeData load(EntityManager em) {
        Map<Long, String> keys = new HashMap<>();
        List<ChildRecord> children = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT id, child_key, birth_date, sex, home_county_fips,"
                + " sibling_group FROM outcome_child").getResultList()) {
            String key = (String) r[1];
            keys.put(((Number) r[0]).longValue(), key);
            children.add(new ChildRecord(key, date(r[2]), Sex.valueOf((String) r[3]), trimmed(r[4]), (String) r[5]));
        }
        List<Episode> episodes = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT child_id, episode_no, removal_date, discharge_date,"
                + " discharge_reason FROM outcome_episode").getResultList()) {
            episodes.add(new Episode(keys.get(((Number) r[0]).longValue()), ((Number) r[1]).intValue(), date(r[2]), date(r[3]),
                    r[4] == null ? null : DischargeReason.valueOf((String) r[4])));
        }
        List<Placement> placements = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT child_id, episode_no, start_date, end_date, setting,"
                + " provider_id, county_fips, contract_id FROM outcome_placement").getResultList()) {
            placements.add(new Placement(keys.get(((Number) r[0]).longValue()), ((Number) r[1]).intValue(), date(r[2]), date(r[3]),
                    Setting.valueOf((String) r[4]), longOrNull(r[5]), trimmed(r[6]), longOrNull(r[7])));
        }
        List<Maltreatment> maltreatment = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT child_id, report_date, substantiated, in_care"
                + " FROM outcome_maltreatment").getResultList()) {
            maltreatment.add(new Maltreatment(keys.get(((Number) r[0]).longValue()), date(r[1]), bool(r[2]), bool(r[3])));
        }
        List<InHomeService> inHome = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT child_id, start_date, end_date FROM outcome_in_home")
                .getResultList()) {
            inHome.add(new InHomeService(keys.get(((Number) r[0]).longValue()), date(r[1]), date(r[2])));
        }
        List<OfferAnswer> answers = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT provider_id, offered_at, respond_by, responded_at, status"
                + " FROM referral_offer WHERE status <> 'WITHDRAWN'").getResultList()) {
            String status = (String) r[4];
            boolean accepted = status.equals("ACCEPTED") || status.equals("CLOSED");
            answers.add(new OfferAnswer(((Number) r[0]).longValue(), instant(r[1]), instant(r[2]), instant(r[3]), accepted,
                    status.equals("DECLINED"), status.equals("EXPIRED")));
        }
        Map<Long, Long> leadByProvider = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT supplier_id, purchaser_id FROM contract"
                + " WHERE kind = 'SUBCONTRACT' AND status = 'ACTIVE'").getResultList()) {
            leadByProvider.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return new OutcomeData(children, episodes, placements, maltreatment, inHome, answers, leadByProvider);
    }
}
