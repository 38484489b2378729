package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.OutcomeEpisode;
import org.providernetwork.domain.outcome.OutcomeInHome;
import org.providernetwork.domain.outcome.OutcomePlacement;
import org.providernetwork.domain.outcome.Setting;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's care as the portal records it, as entities changed by their verbs in the caller's transaction: removal
 * episodes ({@link OutcomeEpisode#open}, {@link OutcomeEpisode#discharge}), placements ({@link OutcomePlacement#begin},
 * {@link OutcomePlacement#end}) and services at home ({@link OutcomeInHome}). The ids come from the table generators
 * on the rows the extract import and the demo loader reserve blocks from, and every insert and update is audited by
 * the audit writer, naming the child, the referral and the provider. Nothing here flushes (the reads are not
 * allowed to): the caller's flush at the end of its write writes everything, and turns a concurrent change of the
 * referral into a conflict. The reads return the managed records, with what the transaction changed in them.
 */
@ApplicationScoped
public class CareRecords {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The number of the child's open episode, if any. */
    Integer openEpisode(long childId) {
        List<Integer> open = em.createQuery("SELECT e.episodeNo FROM OutcomeEpisode e WHERE e.childId = :child"
                + " AND e.dischargeDate IS NULL ORDER BY e.episodeNo", Integer.class).setParameter("child", childId).setFlushMode(FlushModeType.COMMIT).getResultList();
        return open.isEmpty() ? null : open.get(0);
    }

    /** The child enters care on the day: its next episode opens; returns its number. */
    int openEpisode(OutcomeWrites.Whose whose, LocalDate removal) {
        Integer last = em.createQuery("SELECT MAX(e.episodeNo) FROM OutcomeEpisode e WHERE e.childId = :child", Integer.class)
                .setParameter("child", whose.childId()).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        int number = last == null ? 1 : last + 1;
        em.persist(OutcomeEpisode.open(whose.childId(), whose.childKey(), number, removal, whose.referralId()));
        return number;
    }

    /** Closes the child's open episode (the one numbered, when given) on the day with the reason. */
    void discharge(OutcomeWrites.Whose whose, Integer episodeNo, LocalDate day, DischargeReason reason) {
        TypedQuery<OutcomeEpisode> episodes = em.createQuery("SELECT e FROM OutcomeEpisode e WHERE e.childId = :child"
                + (episodeNo == null ? " AND e.dischargeDate IS NULL" : " AND e.episodeNo = :number"), OutcomeEpisode.class)
                .setParameter("child", whose.childId()).setFlushMode(FlushModeType.COMMIT);
        if (episodeNo != null) {
            episodes.setParameter("number", episodeNo);
        }
        for (OutcomeEpisode episode : episodes.getResultList()) {
            episode.discharge(day, reason, whose.childKey(), whose.referralId());
        }
    }

    /** The child's placement from the day, in the setting, with the provider, on the referral the write concerns. */
    OutcomePlacement begin(OutcomeWrites.Whose whose, int episode, LocalDate start, Setting setting, long providerId,
                           String county, Long contract) {
        OutcomePlacement placement = OutcomePlacement.begin(whose.childId(), whose.childKey(), episode, start, setting,
                providerId, county, contract, whose.referralId());
        em.persist(placement);
        return placement;
    }

    /** Ends the child's open placements (of one provider when given) on the day. */
    void endPlacements(OutcomeWrites.Whose whose, LocalDate day, Long providerId) {
        TypedQuery<OutcomePlacement> open = em.createQuery("SELECT p FROM OutcomePlacement p WHERE p.childId = :child"
                + " AND p.endDate IS NULL" + (providerId == null ? "" : " AND p.providerId = :provider") + " ORDER BY p.id",
                OutcomePlacement.class).setParameter("child", whose.childId()).setFlushMode(FlushModeType.COMMIT);
        if (providerId != null) {
            open.setParameter("provider", providerId);
        }
        for (OutcomePlacement placement : open.getResultList()) {
            placement.end(day, whose.childKey());
        }
    }

    /** The provider's service at home for the child begins on the day. */
    void beginAtHome(OutcomeWrites.Whose whose, LocalDate start, long providerId) {
        em.persist(OutcomeInHome.begin(whose.childId(), whose.childKey(), start, providerId, whose.referralId()));
    }

    /** Ends the provider's open services at home for the child on the day. */
    void endAtHome(OutcomeWrites.Whose whose, LocalDate day, long providerId) {
        for (OutcomeInHome service : em.createQuery("SELECT s FROM OutcomeInHome s WHERE s.childId = :child"
                        + " AND s.endDate IS NULL AND s.providerId = :provider ORDER BY s.id", OutcomeInHome.class)
                .setParameter("child", whose.childId()).setParameter("provider", providerId).setFlushMode(FlushModeType.COMMIT)
                .getResultList()) {
            service.end(day, whose.childKey(), whose.referralId());
        }
    }
}
