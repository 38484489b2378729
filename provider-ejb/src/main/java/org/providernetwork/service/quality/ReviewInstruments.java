package org.providernetwork.service.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.quality.Instrument;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.quality.QualityViews.InstrumentView;

import java.time.Clock;
import java.util.List;

/**
 * The case review instrument. Versions are data: state CQI staff publish a new version (components and
 * items) without code; the newest is used by new cycles, and every cycle keeps the version it was planned
 * with. The instrument is no tenant's data: every signed-in user may read it.
 */
@Stateless
public class ReviewInstruments {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private QualityAccess access;

    @Inject
    private Clock clock;

    /** The newest version. */
    public InstrumentView current() {
        return QualityMapping.view(newest());
    }

    private Instrument newest() {
        return QualityMapping.newestInstrument(em);
    }

    public InstrumentView find(long id) {
        Instrument instrument = em.find(Instrument.class, id);
        if (instrument == null) {
            throw new NotFoundException("instrument", id);
        }
        return QualityMapping.view(instrument);
    }

    /** Every version, newest first. */
    public List<InstrumentView> versions() {
        return em.createQuery("SELECT i FROM Instrument i ORDER BY i.versionNumber DESC", Instrument.class)
                .setMaxResults(50).getResultList().stream().map(QualityMapping::view).toList();
    }

    /** Publishes the next version. */
    @RolesAllowed(Roles.STATE_STAFF)
    public InstrumentView publish(String title, @NotNull List<Instrument.ComponentDraft> components) {
        int next = newest().getVersionNumber() + 1;
        Instrument instrument = Instrument.publish(next, title, components, access.username(), clock.instant());
        em.persist(instrument);
        em.flush();
        return QualityMapping.view(instrument);
    }
}
