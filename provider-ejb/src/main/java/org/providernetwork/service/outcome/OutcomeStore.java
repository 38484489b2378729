package org.providernetwork.service.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.outcome.Geography;
import org.providernetwork.domain.outcome.IndicatorDefinition;
import org.providernetwork.domain.outcome.IndicatorEngine;
import org.providernetwork.domain.outcome.IndicatorResult;
import org.providernetwork.domain.outcome.OutcomeData;
import org.providernetwork.domain.shared.Period;
import org.providernetwork.service.reference.ReferenceData;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the whole outcome history (the portal's own and imported) with one streamed scan per table, and
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

    @jakarta.annotation.Resource(lookup = org.providernetwork.service.platform.PortalDatabase.JNDI_NAME)
    private javax.sql.DataSource dataSource;

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
     * The given indicators for a report's period and a cut, each over its own cohort period
     * ({@link IndicatorDefinition#cohortPeriod}), each computed once.
     */
    public List<IndicatorResult> compute(Period period, Cut cut, Collection<IndicatorDefinition> which) {
        IndicatorEngine.Prepared data = prepared();
        Geography counties = geography();
        List<IndicatorResult> results = new ArrayList<>(which.size());
        for (IndicatorDefinition definition : which) {
            results.add(ENGINE.compute(definition, data, definition.cohortPeriod(period), cut, counties));
        }
        return results;
    }

    /** The prepared history, loaded at most once per cache period. */
    public IndicatorEngine.Prepared prepared() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > cacheSeconds * 1_000_000_000L) {
            OutcomeData data = load();
            s = new Snapshot(ENGINE.prepare(data), data.children().size(), System.nanoTime());
            snapshot = s;
        }
        return s.prepared();
    }

    public void invalidate() {
        snapshot = null;
    }

    /** The whole history, read with one streamed scan per table ({@link OutcomeHistory}). */
    public OutcomeData load() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return OutcomeHistory.load(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the outcome history could not be read: " + e.getMessage(), e);
        }
    }
}
