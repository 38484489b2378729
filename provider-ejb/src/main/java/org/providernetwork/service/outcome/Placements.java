package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.providernetwork.domain.outcome.OutcomePlacement;
import org.providernetwork.domain.outcome.Setting;

import java.time.LocalDate;

/**
 * The placements the portal records, as entities changed by their verbs ({@link OutcomePlacement#begin},
 * {@link OutcomePlacement#end}) in the caller's transaction: the ids come from the table generator the extract import
 * reserves blocks from, and every insert and update is audited by the audit writer, naming the child, the referral and
 * the provider. The caller's flush (at the end of its write) writes them.
 */
@ApplicationScoped
public class Placements {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The child's placement from the day, in the setting, with the provider, on the referral the write concerns. */
    OutcomePlacement begin(OutcomeWrites.Whose whose, int episode, LocalDate start, Setting setting, long providerId,
                           String county, Long contract) {
        OutcomePlacement placement = OutcomePlacement.begin(whose.childId(), whose.childKey(), episode, start, setting,
                providerId, county, contract, whose.referralId());
        em.persist(placement);
        return placement;
    }

    /** Ends the child's open placements (of one provider when given) on the day. */
    void endOpen(OutcomeWrites.Whose whose, LocalDate day, Long providerId) {
        TypedQuery<OutcomePlacement> open = em.createQuery("SELECT p FROM OutcomePlacement p WHERE p.childId = :child"
                + " AND p.endDate IS NULL" + (providerId == null ? "" : " AND p.providerId = :provider") + " ORDER BY p.id",
                OutcomePlacement.class).setParameter("child", whose.childId());
        if (providerId != null) {
            open.setParameter("provider", providerId);
        }
        for (OutcomePlacement placement : open.getResultList()) {
            placement.end(day, whose.childKey());
        }
    }
}
