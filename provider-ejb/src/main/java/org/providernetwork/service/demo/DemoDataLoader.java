package org.providernetwork.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.domain.account.PasswordHash;
import org.providernetwork.domain.demo.DemoNetwork;
import org.providernetwork.domain.demo.DemoOutcomes;
import org.providernetwork.domain.demo.DemoReference;
import org.providernetwork.domain.demo.DemoNetworkGenerator;
import org.providernetwork.service.platform.DatabaseKind;
import org.providernetwork.service.platform.PortalDatabase;
import org.providernetwork.service.platform.SchemaMigrator;
import org.providernetwork.service.reference.ReferenceFiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills an empty network with the generated demo network at start-up. On by default on the embedded
 * database, off by default on MySQL ({@code portal.demo.enabled=true|false|auto}). A database that
 * already holds a network is never touched, so the demo data survives restarts unchanged.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private SchemaMigrator migrator;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "auto")
    private String enabled;

    @Inject
    @ConfigProperty(name = "portal.demo.providers", defaultValue = "100")
    private int providers;

    @Inject
    @ConfigProperty(name = "portal.demo.seed", defaultValue = "20261125")
    private long seed;

    @Inject
    @ConfigProperty(name = "portal.demo.password", defaultValue = "portal-demo")
    private String password;

    /** Children entering care per year in the demo's three years of outcome history (0: none). */
    @Inject
    @ConfigProperty(name = "portal.demo.outcome-entries-per-year", defaultValue = "2000")
    private int outcomeEntries;

    @PostConstruct
    void load() {
        if (migrator.failure() != null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseKind kind = DatabaseKind.of(connection);
            boolean wanted = "auto".equalsIgnoreCase(enabled) ? kind == DatabaseKind.H2 : Boolean.parseBoolean(enabled);
            if (!wanted) {
                LOG.info("Demo data is off (portal.demo.enabled=" + enabled + ", database " + kind + ")");
                return;
            }
            if (DemoDataWriter.hasNetwork(connection)) {
                LOG.info("The database already holds a network; demo data left as it is");
                return;
            }
            long start = System.nanoTime();
            DemoReference reference = ReferenceFiles.load().toDemoReference();
            DemoNetwork network = new DemoNetworkGenerator(reference).generate(providers, seed);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                DemoDataWriter writer = new DemoDataWriter(connection, clock);
                writer.write(network, PasswordHash.hash(password.toCharArray()));
                if (outcomeEntries > 0) {
                    writer.writeOutcomes(network, new DemoOutcomes(reference), outcomeEntries, 3, seed);
                }
                // quality improvement draws from its own random sequence, so that it never changes the network
                writer.writeQuality(reference, network, seed + 3);
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            LOG.info(String.format("Demo network loaded: %d organisations, %d offerings, %d accounts (seed %d, %d ms)",
                    network.organisations().size(), network.offerings().size(), network.users().size(), seed,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Loading the demo network failed; nothing of it was written", e);
        }
    }
}
