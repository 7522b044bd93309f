package dev.taskchat.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process of its own, for tests that need more than the one Arquillian deployment: the WAR at
 * {@code /taskchat}, a free port, its output in a log file, stopped with SIGTERM (an orderly shutdown, so the
 * instance removes its row from app_instances as in production).
 */
public final class PayaraProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code war} on Payara Micro ({@code payaraJar}) with the database settings as system properties;
     * returns at once: use {@link #awaitDeployed} or {@link #awaitReady}.
     */
    public static PayaraProcess start(
            String name, Path payaraJar, Path war, Path workDirectory, String dbUrl, String dbUser, String dbPassword)
            throws IOException {
        Path directory = Files.createDirectories(workDirectory.resolve(name));
        Path tmp = Files.createDirectories(directory.resolve("tmp"));
        Path log = directory.resolve("payara.log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-Dhazelcast.phone.home.enabled=false",
                "-Ddb.url=" + dbUrl,
                "-Ddb.user=" + dbUser,
                "-Ddb.password=" + dbPassword,
                "-jar",
                payaraJar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "taskchat",
                "--port",
                String.valueOf(port),
                "--nocluster",
                "--disablephonehome",
                "--rootdir",
                directory.resolve("root").toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PayaraProcess(name, process, port, log);
    }

    /** {@code http://127.0.0.1:<port>/taskchat/} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/taskchat/");
    }

    /**
     * Waits until Payara Micro has finished deploying (it logs "ready in") and the WAR answers (live), ready or
     * not: a WAR waiting for its schema is deployed. Health alone is not enough: it answers UP a moment before
     * the web module is in service, when requests still get Payara's own 503.
     */
    public PayaraProcess awaitDeployed(Duration timeout) {
        return await("/health/live", timeout);
    }

    /** Waits until the instance is ready to serve (its schema is there). */
    public PayaraProcess awaitReady(Duration timeout) {
        return await("/health/ready", timeout);
    }

    private PayaraProcess await(String healthPath, Duration timeout) {
        URI uri = URI.create("http://127.0.0.1:" + port + healthPath);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + ": Payara Micro exited with " + process.exitValue() + "; its log:\n" + tail());
            }
            if (!booted()) {
                sleep(Duration.ofMillis(250));
                continue;
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(
                name + ": " + healthPath + " not UP after " + timeout.toSeconds() + " s; its log:\n" + tail());
    }

    /** Stops Payara Micro in order (SIGTERM) and waits for it to exit. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private boolean booted() {
        try {
            return Files.readString(log).contains(" ready in ");
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines Payara Micro wrote. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
