package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.referral.Offer;
import org.providernetwork.domain.referral.Referral;
import org.providernetwork.domain.referral.ReferralChild;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The portal's own outcome data, written as the referral's life goes on, in the same transaction: when a
 * provider starts a placement service the child's removal episode opens (or goes on: a new placement while
 * one is open ends the earlier one, which is a move) and the placement begins; at completion the placement
 * ends, and with a discharge reason the episode closes. In-home services are recorded as such. A child is
 * recognised across referrals by name or initials, birth date and home county.
 */
@ApplicationScoped
public class OutcomeRecorder {

    @Inject
    private OutcomeStore store;

    public void started(EntityManager em, Referral referral, Offer offer, boolean placement, LocalDate day) {
        List<ReferralChild> children = referral.getChildren();
        String county = (String) em.createNativeQuery("SELECT location_county_fips FROM service_offering WHERE id = ?")
                .setParameter(1, offer.getOfferingId()).getSingleResult();
        Long contract = contractOf(em, offer.getProviderId(), referral.getServiceTypeCode(), day);
        for (ReferralChild child : children) {
            long id = child(em, referral, child);
            if (placement) {
                Integer open = openEpisode(em, id);
                int episode = open != null ? open : newEpisode(em, id, day);
                em.createNativeQuery("UPDATE outcome_placement SET end_date = ? WHERE child_id = ? AND end_date IS NULL")
                        .setParameter(1, Date.valueOf(day)).setParameter(2, id).executeUpdate();
                em.createNativeQuery("INSERT INTO outcome_placement (id, child_id, episode_no, start_date, end_date, setting,"
                                + " provider_id, county_fips, contract_id) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)")
                        .setParameter(1, nextId(em, "outcome_placement")).setParameter(2, id).setParameter(3, episode)
                        .setParameter(4, Date.valueOf(day)).setParameter(5, Setting.forServiceType(referral.getServiceTypeCode()).name())
                        .setParameter(6, offer.getProviderId()).setParameter(7, county).setParameter(8, contract).executeUpdate();
            } else {
                em.createNativeQuery("INSERT INTO outcome_in_home (id, child_id, start_date, end_date, provider_id)"
                                + " VALUES (?, ?, ?, NULL, ?)").setParameter(1, nextId(em, "outcome_in_home")).setParameter(2, id)
                        .setParameter(3, Date.valueOf(day)).setParameter(4, offer.getProviderId()).executeUpdate();
            }
        }
        store.invalidate();
    }

    public void completed(EntityManager em, Referral referral, Offer offer, boolean placement, LocalDate day,
                          DischargeReason reason) {
        for (ReferralChild child : referral.getChildren()) {
            long id = child(em, referral, child);
            if (placement) {
                em.createNativeQuery("UPDATE outcome_placement SET end_date = ? WHERE child_id = ? AND provider_id = ?"
                                + " AND end_date IS NULL").setParameter(1, Date.valueOf(day)).setParameter(2, id)
                        .setParameter(3, offer.getProviderId()).executeUpdate();
                if (reason != null) {
                    em.createNativeQuery("UPDATE outcome_episode SET discharge_date = ?, discharge_reason = ? WHERE child_id = ?"
                                    + " AND discharge_date IS NULL").setParameter(1, Date.valueOf(day)).setParameter(2, reason.name())
                            .setParameter(3, id).executeUpdate();
                    em.createNativeQuery("UPDATE outcome_placement SET end_date = ? WHERE child_id = ? AND end_date IS NULL")
                            .setParameter(1, Date.valueOf(day)).setParameter(2, id).executeUpdate();
                }
            } else {
                em.createNativeQuery("UPDATE outcome_in_home SET end_date = ? WHERE child_id = ? AND provider_id = ?"
                                + " AND end_date IS NULL").setParameter(1, Date.valueOf(day)).setParameter(2, id)
                        .setParameter(3, offer.getProviderId()).executeUpdate();
            }
        }
        store.invalidate();
    }

    /** How the portal's own outcome data names a referred child: name or initials, birth date and home county. */
    static String childKey(Referral referral, ReferralChild child) {
        return "portal:" + child.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ":"
                + child.getBirthDate() + ":" + referral.getHomeCountyFips();
    }

    /** The outcome record of a referred child, once its service has started. */
    static Long findChild(EntityManager em, Referral referral, ReferralChild child) {
        List<?> found = em.createNativeQuery("SELECT id FROM outcome_child WHERE child_key = ?")
                .setParameter(1, childKey(referral, child)).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    private long child(EntityManager em, Referral referral, ReferralChild child) {
        Long known = findChild(em, referral, child);
        if (known != null) {
            return known;
        }
        String key = childKey(referral, child);
        long id = nextId(em, "outcome_child");
        em.createNativeQuery("INSERT INTO outcome_child (id, child_key, source, birth_date, sex, home_county_fips, sibling_group,"
                        + " referral_id) VALUES (?, ?, 'PORTAL', ?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, key)
                .setParameter(3, Date.valueOf(child.getBirthDate()))
                .setParameter(4, switch (child.getGender()) { case FEMALE -> "FEMALE"; case MALE -> "MALE"; default -> "UNKNOWN"; })
                .setParameter(5, referral.getHomeCountyFips())
                .setParameter(6, referral.getChildren().size() > 1 ? "referral:" + referral.getId() : null)
                .setParameter(7, referral.getId()).executeUpdate();
        return id;
    }

    private static Integer openEpisode(EntityManager em, long child) {
        List<?> open = em.createNativeQuery("SELECT episode_no FROM outcome_episode WHERE child_id = ? AND discharge_date IS NULL")
                .setParameter(1, child).getResultList();
        return open.isEmpty() ? null : ((Number) open.get(0)).intValue();
    }

    private static int newEpisode(EntityManager em, long child, LocalDate day) {
        Number last = (Number) em.createNativeQuery("SELECT MAX(episode_no) FROM outcome_episode WHERE child_id = ?")
                .setParameter(1, child).getSingleResult();
        int number = last == null ? 1 : last.intValue() + 1;
        em.createNativeQuery("INSERT INTO outcome_episode (id, child_id, episode_no, removal_date, discharge_date, discharge_reason)"
                        + " VALUES (?, ?, ?, ?, NULL, NULL)").setParameter(1, nextId(em, "outcome_episode")).setParameter(2, child)
                .setParameter(3, number).setParameter(4, Date.valueOf(day)).executeUpdate();
        return number;
    }

    /** The active contract under which the provider delivers the service type on the day, if any. */
    static Long contractOf(EntityManager em, long providerId, String serviceType, LocalDate day) {
        List<?> found = em.createNativeQuery("SELECT k.id FROM contract k JOIN contract_line l ON l.contract_id = k.id"
                        + " WHERE k.supplier_id = ? AND k.status = 'ACTIVE' AND k.start_date <= ? AND k.end_date >= ?"
                        + " AND l.service_type_code = ? ORDER BY k.id")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(day)).setParameter(3, Date.valueOf(day))
                .setParameter(4, serviceType).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    /** The next id of a table, from the same generator rows the bulk loaders reserve blocks from. */
    static long nextId(EntityManager em, String generator) {
        em.createNativeQuery("UPDATE id_generator SET gen_value = gen_value + 1 WHERE gen_name = ?").setParameter(1, generator)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT gen_value FROM id_generator WHERE gen_name = ?").setParameter(1, generator)
                .getSingleResult()).longValue();
    }
}
