package org.providernetwork.service.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The driver-level datasource behind the container's connection pool. It picks the driver from the
 * configured URL, so one setting switches the portal between MySQL (Connector/J) and the embedded H2
 * database: {@code jdbc:mysql://...} (or {@code jdbc:mariadb://...}) uses Connector/J, {@code jdbc:h2:...}
 * uses H2, and {@code embedded} (the default) means an H2 file database under {@code portal.data.dir}.
 */
public class RoutingDataSource implements DataSource {

    /** H2 settings that make it accept the MySQL dialect of the migrations. */
    public static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
            + ";NON_KEYWORDS=VALUE";

    /** How long opening a connection to MySQL may take unless the URL says otherwise. */
    static final int CONNECT_TIMEOUT_MILLIS = 5000;

    private String url = "embedded";
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** The JDBC URL an {@code embedded} setting stands for. */
    public static String embeddedUrl(String dataDir) {
        Path dir = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).toAbsolutePath().normalize();
        return "jdbc:h2:file:" + dir.resolve("portal").toString().replace('\\', '/') + H2_OPTIONS;
    }

    /** The data directory of the embedded database: system property, then environment, then {@code ./data}. */
    public static String dataDir() {
        String value = System.getProperty("portal.data.dir");
        if (value == null || value.isBlank()) {
            value = System.getenv("PORTAL_DATA_DIR");
        }
        return value == null || value.isBlank() ? "data" : value;
    }

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create();
                }
                current = delegate;
            }
        }
        return current;
    }

    private DataSource create() {
        String effective = url == null || url.isBlank() || "embedded".equalsIgnoreCase(url.trim())
                ? embeddedUrl(dataDir()) : url.trim();
        if (effective.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(effective.contains("MODE=") ? effective : effective + H2_OPTIONS);
            h2.setUser(blank(user) ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (effective.startsWith("jdbc:mysql:") || effective.startsWith("jdbc:mariadb:")) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setURL(effective.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
            if (!blank(user)) {
                mysql.setUser(user);
            }
            mysql.setPassword(password == null ? "" : password);
            try {
                mysql.setCharacterEncoding("UTF-8");
                mysql.setRewriteBatchedStatements(true);
                mysql.setServerTimezone("UTC");
                mysql.setCachePrepStmts(true);
                if (!effective.contains("connectTimeout=")) {
                    mysql.setConnectTimeout(CONNECT_TIMEOUT_MILLIS); // an unreachable host answers within seconds, not minutes
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot configure the MySQL driver", e);
            }
            return mysql;
        }
        throw new IllegalStateException("unsupported database URL (use jdbc:mysql:, jdbc:mariadb:, jdbc:h2: or 'embedded'): "
                + effective.replaceAll("password=[^&;]*", "password=***"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
