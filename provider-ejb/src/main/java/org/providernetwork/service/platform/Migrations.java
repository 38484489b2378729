package org.providernetwork.service.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;

/**
 * The schema's migrations: SQL scripts under {@code db/migration} plus the Java migrations that load
 * reference files. Plain Java so that tests can migrate a database without a container.
 */
public final class Migrations {

    public static final String DEFAULT_STATE_AGENCY = "Department of Child Protection Services";

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource, String stateAgencyName) throws SQLException {
        DatabaseKind kind = DatabaseKind.of(dataSource);
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V2__Reference_data())
                .placeholders(Map.of(
                        "table_options", kind.tableOptions(),
                        "state_agency_name", stateAgencyName.replace("'", "''")))
                .validateMigrationNaming(true)
                .load();
    }

    public static MigrateResult migrate(DataSource dataSource, String stateAgencyName) throws SQLException {
        return flyway(dataSource, stateAgencyName).migrate();
    }
}
