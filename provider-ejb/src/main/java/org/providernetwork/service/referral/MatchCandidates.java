package org.providernetwork.service.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.providernetwork.domain.matching.OfferingFacts;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.referral.OfferMeasures;
import org.providernetwork.domain.referral.OfferStatus;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.RiskLevel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.Period;
import org.providernetwork.service.contract.CoverageSql;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.outcome.IndicatorDefinition;
import org.providernetwork.domain.outcome.IndicatorResult;
import org.providernetwork.service.network.NetworkChanged;
import org.providernetwork.service.outcome.OutcomeStore;

import org.providernetwork.service.platform.SqlValues;

import static org.providernetwork.service.platform.SqlValues.bool;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads what matching needs about every active offering of one service type, in six set queries
 * (offerings, counties served, populations served, counties under active contract, licences, and each
 * provider's acceptance record) whatever the number of offerings, and each provider's placement stability:
 * the placement-stability indicator of the outcome history (the portal's own placements and imported ones)
 * over the default reporting period, cut to the provider, computed by the indicator engine from
 * {@link OutcomeStore}'s prepared history, so matching and the reports count moves the same way. Those facts change rarely, so they are kept per
 * service type for {@code portal.matching.cache-seconds} (15) or until the network changes
 * ({@link NetworkChanged}); the free places, which change all the time, are read fresh on every match.
 */
@ApplicationScoped
public class MatchCandidates {

    private record Snapshot(List<OfferingFacts> facts, LocalDate day, long loadedAt) {
    }

    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    @Inject
    private OutcomeStore outcomes;

    @Inject
    @ConfigProperty(name = "portal.matching.cache-seconds", defaultValue = "15")
    private int cacheSeconds;

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) NetworkChanged event) {
        snapshots.clear();
    }

    /** The offerings of a service type with their free places as of now. */
    @SuppressWarnings("unchecked")
    public List<OfferingFacts> of(EntityManager em, String serviceTypeCode, LocalDate day) {
        Snapshot snapshot = snapshots.get(serviceTypeCode);
        long now = System.nanoTime();
        if (snapshot == null || !snapshot.day().equals(day) || now - snapshot.loadedAt() > cacheSeconds * 1_000_000_000L) {
            snapshot = new Snapshot(load(em, serviceTypeCode, day), day, now);
            snapshots.put(serviceTypeCode, snapshot);
        }
        Map<Long, Integer> free = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT cap.offering_id, cap.available FROM offering_capacity cap"
                + " JOIN service_offering s ON s.id = cap.offering_id JOIN service_type t ON t.id = s.service_type_id"
                + " WHERE t.code = ? AND s.active = TRUE").setParameter(1, serviceTypeCode).getResultList()) {
            free.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        List<OfferingFacts> result = new ArrayList<>(snapshot.facts().size());
        for (OfferingFacts f : snapshot.facts()) {
            Integer places = free.get(f.offeringId());
            if (places != null) {
                result.add(f.withFree(places));
            }
        }
        return result;
    }

    private static final String OF_TYPE = " JOIN service_offering s ON s.id = x.offering_id"
            + " JOIN service_type t ON t.id = s.service_type_id WHERE t.code = ? AND s.active = TRUE";

    @SuppressWarnings("unchecked")
    private List<OfferingFacts> load(EntityManager em, String serviceTypeCode, LocalDate day) {
        Map<Long, Set<String>> served = pairs(em.createNativeQuery("SELECT x.offering_id, x.county_fips FROM offering_county x"
                + OF_TYPE).setParameter(1, serviceTypeCode).getResultList());
        Map<Long, Set<String>> populations = pairs(em.createNativeQuery("SELECT x.offering_id, n.code FROM offering_need x"
                + " JOIN need_code n ON n.id = x.need_code_id" + OF_TYPE).setParameter(1, serviceTypeCode).getResultList());
        Map<Long, Set<String>> contracted = pairs(em.createNativeQuery(CoverageSql.COUNTIES_OF_TYPE)
                .setParameter(1, Date.valueOf(day)).setParameter(2, Date.valueOf(day)).setParameter(3, serviceTypeCode)
                .getResultList());
        Map<Long, LocalDate> lapsed = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT x.offering_id, MAX(x.expires_on) FROM offering_credential x"
                + OF_TYPE + " AND x.kind = 'LICENCE' GROUP BY x.offering_id").setParameter(1, serviceTypeCode).getResultList()) {
            LocalDate expired = OfferingFacts.lapsedLicence(SqlValues.date(r[1]), day);
            if (expired != null) {
                lapsed.put(((Number) r[0]).longValue(), expired);
            }
        }
        // each provider's acceptance over all its offers, as OfferMeasures defines it
        Map<Long, OfferMeasures.Tally> offers = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT provider_id, status, COUNT(*) FROM referral_offer"
                + " WHERE status IN (" + SqlValues.inList(OfferMeasures.COUNTED) + ") GROUP BY provider_id, status").getResultList()) {
            offers.computeIfAbsent(((Number) r[0]).longValue(), k -> new OfferMeasures.Tally())
                    .add(OfferStatus.valueOf(SqlValues.trimmed(r[1])), ((Number) r[2]).longValue());
        }
        Map<Long, Double> acceptance = new HashMap<>();
        offers.forEach((provider, tally) -> acceptance.put(provider, tally.acceptance()));
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.name, o.id, o.name, o.org_type, t.code,"
                + " t.statewide, s.location_county_fips, c.latitude, c.longitude, r.code, s.accepts_out_of_county, s.min_age,"
                + " s.max_age, s.genders, s.max_sibling_group, cap.available, t.level_of_care, s.accepted_risks"
                + " FROM service_offering s JOIN organisation o ON o.id = s.organisation_id"
                + " JOIN service_type t ON t.id = s.service_type_id JOIN county c ON c.fips = s.location_county_fips"
                + " LEFT JOIN region r ON r.id = c.region_id JOIN offering_capacity cap ON cap.offering_id = s.id"
                + " WHERE t.code = ? AND s.active = TRUE AND o.active = TRUE ORDER BY s.id")
                .setParameter(1, serviceTypeCode).getResultList();
        Set<Long> providers = new TreeSet<>();
        rows.forEach(r -> providers.add(((Number) r[2]).longValue()));
        Map<Long, Double> stability = stability(providers, day);
        List<OfferingFacts> facts = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            long provider = ((Number) r[2]).longValue();
            facts.add(new OfferingFacts(id, (String) r[1], provider, (String) r[3], OrganisationType.valueOf((String) r[4]),
                    (String) r[5], bool(r[6]), (String) r[7], new GeoPoint(((Number) r[8]).doubleValue(), ((Number) r[9]).doubleValue()),
                    (String) r[10], served.getOrDefault(id, Set.of()), bool(r[11]), ((Number) r[12]).intValue(),
                    ((Number) r[13]).intValue(), GendersServed.valueOf((String) r[14]), populations.getOrDefault(id, Set.of()),
                    ((Number) r[15]).intValue(), ((Number) r[16]).intValue(), contracted.getOrDefault(id, Set.of()), true,
                    acceptance.get(provider), stability.get(provider), lapsed.get(id), r[17] == null ? null : LevelOfCare.valueOf(((String) r[17]).trim()),
                    RiskLevel.fromCodes((String) r[18])));
        }
        return facts;
    }

    /**
     * Placement moves per 1,000 days in care of each provider's placements over the reports' default period on the
     * day (the latest complete federal fiscal year); a provider without days in care in it has none (no track record
     * yet).
     */
    private Map<Long, Double> stability(Set<Long> providers, LocalDate day) {
        Period period = org.providernetwork.domain.outcome.ReportingPeriod.reportingDefault(day).period();
        Map<Long, Double> result = new HashMap<>();
        for (long provider : providers) {
            IndicatorResult r = outcomes.compute(period, Cut.provider(provider), List.of(IndicatorDefinition.PLACEMENT_STABILITY))
                    .get(0);
            if (r.hasValue()) {
                result.put(provider, r.value());
            }
        }
        return result;
    }

    private static Map<Long, Set<String>> pairs(List<Object[]> rows) {
        Map<Long, Set<String>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeSet<>()).add(((String) r[1]).trim());
        }
        return result;
    }

}
