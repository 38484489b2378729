package org.providernetwork.service.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;

/**
 * The schema's migrations: SQL scripts under {@code db/migration} (the same for every database), the
 * few that cannot be the same (triggers) under {@code db/vendor/mysql} and {@code db/vendor/h2}, plus the
 * Java migrations that load reference files. Plain Java so that tests can migrate a database without a container.
 */
public final class Migrations {

    public static final String DEFAULT_STATE_AGENCY = "Department of Child Protection Services";

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource, String stateAgencyName) throws SQLException {
        DatabaseKind kind = DatabaseKind.of(dataSource);
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (kind == DatabaseKind.H2 ? "h2" : "mysql"))
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
