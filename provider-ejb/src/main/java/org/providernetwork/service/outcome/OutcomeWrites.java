package org.providernetwork.service.outcome;

import jakarta.persistence.EntityManager;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of the outcome tables made while the portal runs that are still plain SQL (children, episodes, services
 * at home, school changes), each with its audit record in the same transaction:
 * what was written or changed, from which value to which, and which child and referral it concerns. Placements,
 * reassessments, maltreatment reports and service units are entities changed by their verbs ({@link Placements},
 * {@code ReferralReassessment}, {@code OutcomeMaltreatment}, {@code ServiceUnits}) and audited by the audit writer
 * like every other entity.
 */
final class OutcomeWrites {

    private OutcomeWrites() {
    }

    /** The child and referral a write concerns. */
    record Whose(long childId, String childKey, Long referralId) {

        List<AuditSubject> subjects() {
            List<AuditSubject> subjects = new ArrayList<>();
            subjects.add(AuditSubject.child(childKey));
            if (referralId != null) {
                subjects.add(AuditSubject.referral(referralId));
            }
            return subjects;
        }
    }

    static Whose whose(EntityManager em, long childId, Long referralId) {
        String key = (String) em.createNativeQuery("SELECT child_key FROM outcome_child WHERE id = ?").setParameter(1, childId)
                .getSingleResult();
        return new Whose(childId, key, referralId);
    }

    static long child(EntityManager em, String key, LocalDate birthDate, String sex, String homeCounty, String siblingGroup,
                      long referralId, String stateChildId) {
        long id = OutcomeRecorder.nextId(em, "outcome_child");
        em.createNativeQuery("INSERT INTO outcome_child (id, child_key, source, birth_date, sex, home_county_fips, sibling_group,"
                        + " referral_id, state_child_id) VALUES (?, ?, 'PORTAL', ?, ?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, key)
                .setParameter(3, Date.valueOf(birthDate)).setParameter(4, sex).setParameter(5, homeCounty)
                .setParameter(6, siblingGroup).setParameter(7, referralId).setParameter(8, stateChildId).executeUpdate();
        AuditWriter.record(em, AuditRecord.created("OutcomeChild", id).value("childKey", key).value("source", "PORTAL")
                .value("stateChildId", stateChildId)
                .value("birthDate", birthDate).value("sex", sex).value("homeCountyFips", homeCounty)
                .value("siblingGroup", siblingGroup).value("referralId", referralId)
                .about(new Whose(id, key, referralId).subjects()));
        return id;
    }

    static void episode(EntityManager em, Whose whose, int number, LocalDate removal) {
        long id = OutcomeRecorder.nextId(em, "outcome_episode");
        em.createNativeQuery("INSERT INTO outcome_episode (id, child_id, episode_no, removal_date, discharge_date, discharge_reason)"
                        + " VALUES (?, ?, ?, ?, NULL, NULL)").setParameter(1, id).setParameter(2, whose.childId())
                .setParameter(3, number).setParameter(4, Date.valueOf(removal)).executeUpdate();
        AuditWriter.record(em, AuditRecord.created("OutcomeEpisode", id).value("childId", whose.childId())
                .value("episodeNo", number).value("removalDate", removal).about(whose.subjects()));
    }

    static void endInHome(EntityManager em, Whose whose, LocalDate day, Long providerId) {
        endOpen(em, whose, day, providerId, "outcome_in_home", "OutcomeInHome");
    }

    private static void endOpen(EntityManager em, Whose whose, LocalDate day, Long providerId, String table, String entity) {
        String own = providerId == null ? "" : " AND provider_id = ?";
        var select = em.createNativeQuery("SELECT id FROM " + table + " WHERE child_id = ? AND end_date IS NULL" + own)
                .setParameter(1, whose.childId());
        if (providerId != null) {
            select.setParameter(2, providerId);
        }
        for (Object found : select.getResultList()) {
            long id = ((Number) found).longValue();
            em.createNativeQuery("UPDATE " + table + " SET end_date = ? WHERE id = ?").setParameter(1, Date.valueOf(day))
                    .setParameter(2, id).executeUpdate();
            AuditWriter.record(em, AuditRecord.updated(entity, id).change("endDate", null, day).about(whose.subjects()));
        }
    }

    static void inHome(EntityManager em, Whose whose, LocalDate start, long providerId) {
        long id = OutcomeRecorder.nextId(em, "outcome_in_home");
        em.createNativeQuery("INSERT INTO outcome_in_home (id, child_id, start_date, end_date, provider_id) VALUES (?, ?, ?, NULL, ?)")
                .setParameter(1, id).setParameter(2, whose.childId()).setParameter(3, Date.valueOf(start))
                .setParameter(4, providerId).executeUpdate();
        AuditWriter.record(em, AuditRecord.created("OutcomeInHome", id).value("childId", whose.childId())
                .value("startDate", start).value("providerId", providerId).about(whose.subjects())
                .about(AuditSubject.organisation(providerId)));
    }

    /** Closes the child's open episode (the one numbered, when given) on the day with the reason. */
    static void discharge(EntityManager em, Whose whose, Integer episodeNo, LocalDate day, String reason) {
        var select = em.createNativeQuery("SELECT id, episode_no FROM outcome_episode WHERE child_id = ?"
                + (episodeNo == null ? " AND discharge_date IS NULL" : " AND episode_no = ?")).setParameter(1, whose.childId());
        if (episodeNo != null) {
            select.setParameter(2, episodeNo);
        }
        for (Object row : select.getResultList()) {
            long id = ((Number) ((Object[]) row)[0]).longValue();
            em.createNativeQuery("UPDATE outcome_episode SET discharge_date = ?, discharge_reason = ? WHERE id = ?")
                    .setParameter(1, Date.valueOf(day)).setParameter(2, reason).setParameter(3, id).executeUpdate();
            AuditWriter.record(em, AuditRecord.updated("OutcomeEpisode", id).change("dischargeDate", null, day)
                    .change("dischargeReason", null, reason).about(whose.subjects()));
        }
    }

    static void schoolChange(EntityManager em, Whose whose, LocalDate changedOn, String note) {
        long id = OutcomeRecorder.nextId(em, "outcome_school_change");
        em.createNativeQuery("INSERT INTO outcome_school_change (id, child_id, referral_id, changed_on, note) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, whose.childId()).setParameter(3, whose.referralId())
                .setParameter(4, Date.valueOf(changedOn)).setParameter(5, note).executeUpdate();
        AuditWriter.record(em, AuditRecord.created("OutcomeSchoolChange", id).value("childId", whose.childId())
                .value("referralId", whose.referralId()).value("changedOn", changedOn).value("note", note).about(whose.subjects()));
    }
}
