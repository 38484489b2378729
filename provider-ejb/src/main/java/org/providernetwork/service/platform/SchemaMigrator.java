package org.providernetwork.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date when the application starts, before anything else touches the
 * database. If migration fails, the failure is logged plainly and the readiness check reports it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.state-agency.name", defaultValue = Migrations.DEFAULT_STATE_AGENCY)
    private String stateAgencyName;

    private volatile String failure;
    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        try {
            long start = System.nanoTime();
            MigrateResult result = Migrations.migrate(dataSource, stateAgencyName);
            schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> String.format("Schema migrated on %s: %d migration(s) applied, now at version %s (%d ms)",
                    result.database, result.migrationsExecuted, schemaVersion, (System.nanoTime() - start) / 1_000_000));
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "Schema migration FAILED; the portal will not be ready until the database is fixed", e);
        }
    }

    /** {@code null} when the schema is current, otherwise what went wrong. */
    public String failure() {
        return failure;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
