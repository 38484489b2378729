package org.providernetwork.service.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The portal's one datasource, {@value #JNDI_NAME}. Its URL, user and password come from configuration
 * ({@code portal.db.url}, {@code portal.db.user}, {@code portal.db.password}, or the environment variables
 * {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}); without them it is the
 * embedded H2 database. See docs/configuration.md.
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
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.validate-atmost-once-period-in-seconds=30",
            "fish.payara.max-wait-time-in-millis=10000"
        })
public final class PortalDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/portal";

    private PortalDatabase() {
    }
}
