package org.providernetwork.portal.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The portal started the way the README's run command starts it: Payara Micro with the war at the
 * root context, no database settings (so the embedded database), on the loopback interface.
 */
final class EmbeddedDefault implements AutoCloseable {

    private final Process process;
    final URI base;
    final File log;

    private EmbeddedDefault(Process process, URI base, File log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts it; {@code settings} are further system properties ({@code name=value}) of the server. */
    static EmbeddedDefault start(Path dataDir, String logName, String... settings) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = new File(System.getProperty("it.work.dir", "target/it-work"), logName);
        log.getParentFile().mkdirs();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx768m", "-Dportal.data.dir=" + dataDir));
        for (String setting : settings) {
            command.add("-D" + setting);
        }
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("portal.war"),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster",
                "--prebootcommandfile", System.getProperty("it.preboot")));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log).start();
        EmbeddedDefault portal = new EmbeddedDefault(process, URI.create("http://127.0.0.1:" + port + "/"), log);
        // a bounded wait for readiness; generous, because a shared machine under load starts slowly
        portal.awaitReady(Duration.ofMinutes(8));
        return portal;
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("the portal was not ready within " + timeout + "; see " + log);
    }

    /** Stops the server the way Ctrl+C does, so that it shuts down in order. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
