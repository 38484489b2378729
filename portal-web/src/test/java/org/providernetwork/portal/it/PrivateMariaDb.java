package org.providernetwork.portal.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own: its own data folder under the test work directory, its own port on
 * the loopback interface, no grant tables (nothing but this test can reach it). A test may kill it and
 * start it again on the same data; the server the rest of the suite shares is never touched. Closing it
 * stops the server and deletes its data (its logs stay).
 */
final class PrivateMariaDb implements AutoCloseable {

    private static final String SERVER = System.getProperty("it.mariadbd", "/usr/sbin/mariadbd");
    private static final String INSTALL = System.getProperty("it.mariadb.install", "mariadb-install-db");

    private final Path dir;
    final int port;
    private Process server;
    private int starts;

    private PrivateMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Creates a fresh data folder under {@code dir} and starts the server on a free port. */
    static PrivateMariaDb start(Path dir) throws Exception {
        Files.createDirectories(dir);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PrivateMariaDb db = new PrivateMariaDb(dir, port);
        List<String> install = new ArrayList<>(List.of(INSTALL, "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (runningAsRoot()) {
            install.add("--user=root");
        }
        Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!installing.waitFor(2, TimeUnit.MINUTES) || installing.exitValue() != 0) {
            installing.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed; see " + dir.resolve("install.log"));
        }
        db.startServer();
        return db;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The JDBC URL of a database on this server (created on first connection). */
    String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "root", "");
    }

    /** Starts the server on the existing data and waits until it takes connections. */
    void startServer() throws Exception {
        starts++;
        List<String> command = new ArrayList<>(List.of(SERVER, "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--skip-grant-tables", "--skip-log-bin",
                "--innodb-buffer-pool-size=64M", "--innodb-flush-log-at-trx-commit=1", "--max-connections=200",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        File log = dir.resolve("server-" + starts + ".log").toFile();
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("mariadbd stopped while starting; see " + log);
            }
            try (Connection ignored = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "")) {
                return;
            } catch (SQLException e) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("mariadbd did not take connections within 2 minutes; see " + log);
    }

    /** Kills the server at once (SIGKILL): no shutdown, connections cut mid-transaction. */
    void kill() throws InterruptedException {
        server.destroyForcibly();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mariadbd did not die");
        }
    }

    @Override
    public void close() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        deleteTree(dir.resolve("data")); // the logs stay, for people reviewing a run
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
