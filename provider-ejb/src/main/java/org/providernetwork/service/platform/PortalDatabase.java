package org.providernetwork.service.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The portal's one datasource, {@value #JNDI_NAME}. Its URL, user and password come from configuration
 * ({@code portal.db.url}, {@code portal.db.user}, {@code portal.db.password}, or the environment variables
 * {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}); without them it is the
 * embedded H2 database. See docs/configuration.md and docs/reliability.md (the database going away).
 */
@DataSourceDefinition(
        name = PortalDatabase.JNDI_NAME,
        className = "org.providernetwork.service.platform.RoutingDataSource",
        url = "${MPCONFIG=portal.db.url:embedded}",
        user = "${MPCONFIG=portal.db.user:}",
        password = "${MPCONFIG=portal.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // every connection is checked (Connection.isValid, a ping) when it is handed out; one that fails
            // empties the pool, so after the database went away and came back no dead connection is used
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
public final class PortalDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/portal";

    private PortalDatabase() {
    }
}
