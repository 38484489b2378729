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
 * The one outcome table the portal still writes in SQL: a referred child's outcome record ({@code outcome_child}),
 * with its audit record in the same transaction, written at once so that the child's episodes, placements and reports
 * (entities changed by their verbs, see {@link CareRecords}, and audited by the audit writer) can refer to it in any
 * order; and whom a write concerns ({@link Whose}).
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
}
