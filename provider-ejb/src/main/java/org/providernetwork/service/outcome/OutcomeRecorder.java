package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.providernetwork.domain.contract.Coverage;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.referral.Offer;
import org.providernetwork.domain.referral.Referral;
import org.providernetwork.domain.referral.ReferralChild;
import org.providernetwork.service.contract.CoverageSql;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's own outcome data, written as the referral's life goes on, in the same transaction: when a
 * provider starts a placement service the child's removal episode opens (or goes on: a new placement while
 * one is open ends the earlier one, which is a move) and the placement begins; at completion the placement
 * ends, and with a discharge reason the episode closes. In-home services are recorded as such. A child is
 * recognised across referrals by the state's person id, or by name or initials, birth date and home county (also
 * when an earlier referral of the child gave the state's id and this one does not): a removal is only recorded for a
 * child with no open episode.
 */
@ApplicationScoped
public class OutcomeRecorder {

    @Inject
    private OutcomeStore store;

    @Inject
    private CareRecords care;

    public void started(EntityManager em, Referral referral, Offer offer, boolean placement, LocalDate day) {
        started(em, referral, offer, placement, day, false);
    }

    /**
     * The service starts; with {@code reported}, the provider reports the placement itself in the same transaction
     * (through {@link CaseReports#move}), so only the removal episode opens here (on {@code day}, the reported
     * start) and no placement of the service type's setting is written.
     */
    public void started(EntityManager em, Referral referral, Offer offer, boolean placement, LocalDate day, boolean reported) {
        List<ReferralChild> children = referral.getChildren();
        String county = (String) em.createNativeQuery("SELECT location_county_fips FROM service_offering WHERE id = ?")
                .setParameter(1, offer.getOfferingId()).getSingleResult();
        Long contract = contractOf(em, offer.getProviderId(), referral.getServiceTypeCode(), county, day);
        for (ReferralChild child : children) {
            OutcomeWrites.Whose whose = OutcomeWrites.whose(em, child(em, referral, child), referral.getId());
            if (placement) {
                Integer open = care.openEpisode(whose.childId());
                int episode = open != null ? open : care.openEpisode(whose, day);
                if (reported) {
                    continue;
                }
                care.endPlacements(whose, day, null);
                care.begin(whose, episode, day, Setting.forServiceType(referral.getServiceTypeCode()),
                        offer.getProviderId(), county, contract);
            } else {
                care.beginAtHome(whose, day, offer.getProviderId());
            }
        }
        store.invalidate();
    }

    public void completed(EntityManager em, Referral referral, Offer offer, boolean placement, LocalDate day,
                          DischargeReason reason) {
        for (ReferralChild child : referral.getChildren()) {
            OutcomeWrites.Whose whose = OutcomeWrites.whose(em, child(em, referral, child), referral.getId());
            if (placement) {
                care.endPlacements(whose, day, offer.getProviderId());
                if (reason != null) {
                    care.discharge(whose, null, day, reason);
                    care.endPlacements(whose, day, null);
                }
            } else {
                care.endAtHome(whose, day, offer.getProviderId());
            }
        }
        store.invalidate();
    }

    /**
     * Whether every child of the referral has a placement with the provider in the setting from the day: a report
     * of it again (a Task sent back with the placements it was read with) records nothing new.
     */
    public boolean placed(EntityManager em, Referral referral, long providerId, LocalDate start, Setting setting) {
        for (ReferralChild child : referral.getChildren()) {
            Long id = findChild(em, referral, child);
            if (id == null || em.createNativeQuery("SELECT id FROM outcome_placement WHERE child_id = ? AND provider_id = ?"
                            + " AND start_date = ? AND setting = ?").setParameter(1, id).setParameter(2, providerId)
                    .setParameter(3, java.sql.Date.valueOf(start)).setParameter(4, setting.name()).getResultList().isEmpty()) {
                return false;
            }
        }
        return !referral.getChildren().isEmpty();
    }

    /**
     * How the outcome data names a referred child: by the state's person id when the intake gave it, as the state's
     * extracts name the child ({@code afcars:<id>}: one child, whether first seen in an extract or on an intake);
     * otherwise by name or initials, birth date and home county.
     */
    static String childKey(Referral referral, ReferralChild child) {
        if (child.getStatePersonId() != null) {
            return AfcarsImport.KEY_PREFIX + child.getStatePersonId();
        }
        return "portal:" + portalName(child.getName()) + ":"
                + child.getBirthDate() + ":" + referral.getHomeCountyFips();
    }

    /** The keys of a referral's children, as the outcome history and its drill-downs name them. */
    public static List<String> childKeys(Referral referral) {
        return referral.getChildren().stream().map(c -> childKey(referral, c)).toList();
    }

    /** The outcome record of a referred child, once its service has started. */
    static Long findChild(EntityManager em, Referral referral, ReferralChild child) {
        return known(em, referral, child).map(Known::id).orElse(null);
    }

    /** A referred child's outcome record: its id and the key it is stored under. */
    record Known(long id, String key) {
    }

    /**
     * The outcome record of a referred child: the one its key names ({@link #childKey}); for a child given without the
     * state's person id and not known by that key, the record of the state's id an earlier referral gave for the same
     * child (name or initials, birth date and home county), so that a child the portal already knows continues its
     * open episode rather than entering care again.
     */
    static Optional<Known> known(EntityManager em, Referral referral, ReferralChild child) {
        Optional<Known> byKey = byKey(em, childKey(referral, child));
        if (byKey.isPresent() || child.getStatePersonId() != null) {
            return byKey;
        }
        String name = portalName(child.getName());
        for (Object row : em.createNativeQuery("SELECT c.name, c.state_person_id FROM referral_child c JOIN referral r"
                        + " ON r.id = c.referral_id WHERE c.birth_date = ? AND r.home_county_fips = ?"
                        + " AND c.state_person_id IS NOT NULL ORDER BY r.id DESC")
                .setParameter(1, java.sql.Date.valueOf(child.getBirthDate())).setParameter(2, referral.getHomeCountyFips())
                .getResultList()) {
            Object[] r = (Object[]) row;
            if (name.equals(portalName((String) r[0]))) {
                Optional<Known> byStateId = byKey(em, AfcarsImport.KEY_PREFIX + r[1]);
                if (byStateId.isPresent()) {
                    return byStateId;
                }
            }
        }
        return Optional.empty();
    }

    /** The keys the referral's children are stored under (their {@link #childKey} until their care is recorded). */
    static List<String> storedKeys(EntityManager em, Referral referral) {
        return referral.getChildren().stream().map(c -> known(em, referral, c).map(Known::key)
                .orElseGet(() -> childKey(referral, c))).toList();
    }

    private static Optional<Known> byKey(EntityManager em, String key) {
        List<?> found = em.createNativeQuery("SELECT id FROM outcome_child WHERE child_key = ?").setParameter(1, key)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(new Known(((Number) found.get(0)).longValue(), key));
    }

    private static String portalName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private long child(EntityManager em, Referral referral, ReferralChild child) {
        Long known = findChild(em, referral, child);
        if (known != null) {
            return known;
        }
        return OutcomeWrites.child(em, childKey(referral, child), child.getBirthDate(),
                switch (child.getGender()) { case FEMALE -> "FEMALE"; case MALE -> "MALE"; default -> "UNKNOWN"; },
                referral.getHomeCountyFips(), referral.getChildren().size() > 1 ? "referral:" + referral.getId() : null,
                referral.getId(), child.getStatePersonId());
    }

    /**
     * The contract a placement of the provider's service in the county (the placement's: the offering's location
     * county, or the one reported with a move) falls under on the day, by the rule of {@link Coverage}; null when no
     * contract covers it.
     */
    static Long contractOf(EntityManager em, long providerId, String serviceType, String county, LocalDate day) {
        return Coverage.contractOf(CoverageSql.rows(em, providerId, serviceType), providerId, serviceType, county == null
                ? null : county.trim(), day, CoverageSql.statewide(em, providerId, serviceType)).orElse(null);
    }

    /** The next id of a table, from the same generator rows the bulk loaders reserve blocks from. */
    static long nextId(EntityManager em, String generator) {
        em.createNativeQuery("UPDATE id_generator SET gen_value = gen_value + 1 WHERE gen_name = ?").setParameter(1, generator)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT gen_value FROM id_generator WHERE gen_name = ?").setParameter(1, generator)
                .getSingleResult()).longValue();
    }
}
