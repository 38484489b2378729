package org.providernetwork.service.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.quality.ImplementationStage;
import org.providernetwork.domain.quality.RegionStage;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.service.quality.QualityViews.StageView;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each region's implementation of the practice model: planning, initial implementation, ongoing, with
 * dates, shown on a statewide timeline. The timeline is public within the portal (it holds no case data);
 * state CQI staff keep it.
 */
@Stateless
public class ImplementationStages {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ReferenceData reference;

    @Inject
    private Clock clock;

    /** Every stage of every region, region by region in stage order. */
    public List<StageView> timeline() {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = new HashMap<>();
        reference.regions().forEach(r -> names.put(r.code(), r.name()));
        return em.createQuery("SELECT s FROM RegionStage s ORDER BY s.regionCode, s.startsOn", RegionStage.class)
                .setMaxResults(500).getResultList().stream()
                .map(s -> new StageView(s.getId(), s.getRegionCode(), names.getOrDefault(s.getRegionCode(), s.getRegionCode()),
                        s.getStage(), s.getStartsOn(), s.getEndsOn(), s.getNote(), s.isCurrent(today))).toList();
    }

    /** Sets (or moves) a region's stage dates. */
    @RolesAllowed(Roles.STATE_STAFF)
    public StageView set(String regionCode, ImplementationStage stage, LocalDate startsOn, LocalDate endsOn, String note) {
        String region = regionCode == null ? "" : regionCode.trim().toUpperCase(Locale.ROOT);
        RegionView view = reference.region(region).orElseThrow(() -> new InvalidInputException("region", "unknown region " + regionCode));
        if (stage == null) {
            throw new InvalidInputException("stage", "PLANNING, INITIAL_IMPLEMENTATION or ONGOING");
        }
        RegionStage existing = em.createQuery("SELECT s FROM RegionStage s WHERE s.regionCode = :r AND s.stage = :s", RegionStage.class)
                .setParameter("r", region).setParameter("s", stage).getResultList().stream().findFirst().orElse(null);
        if (existing == null) {
            existing = new RegionStage(region, stage, startsOn, endsOn, note);
            em.persist(existing);
        } else {
            existing.reschedule(startsOn, endsOn, note);
        }
        em.flush();
        LocalDate today = LocalDate.now(clock);
        return new StageView(existing.getId(), region, view.name(), stage, existing.getStartsOn(), existing.getEndsOn(),
                existing.getNote(), existing.isCurrent(today));
    }
}
