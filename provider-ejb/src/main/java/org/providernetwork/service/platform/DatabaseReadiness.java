package org.providernetwork.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready when the database answers and its schema is current. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private SchemaMigrator migrator;

    /**
     * Whether the database takes a connection and answers now. Asked after a failure that carries no sign of
     * an outage of its own: a request caught in flight when the database went away can fail at commit with
     * a cause that no longer names the lost connection.
     */
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        String failure = migrator.failure();
        if (failure != null) {
            return response.down().withData("migration", "failed").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", String.valueOf(migrator.schemaVersion()))
                    .build();
        } catch (Exception e) {
            return response.down().withData("connection", "unavailable").build();
        }
    }
}
