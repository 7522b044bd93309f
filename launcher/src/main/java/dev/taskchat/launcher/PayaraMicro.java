package dev.taskchat.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro as a child process: started with the WAR at the root context, its output passed through to
 * ours while it is watched for readiness and deployment failures, stopped with SIGTERM (its own shutdown
 * hook then undeploys cleanly).
 */
final class PayaraMicro {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Thread pump;
    private final PayaraOutput output = new PayaraOutput();

    private PayaraMicro(Process process, PrintStream console) {
        this.process = process;
        this.pump = new Thread(() -> pump(console), "payara-output");
        this.pump.setDaemon(true);
        this.pump.start();
    }

    /**
     * Starts Payara Micro with its root and temp directories under {@code workDirectory} (a fresh root each
     * time: the run command should behave the same on every run) and the database settings in its environment.
     */
    static PayaraMicro start(
            Path payaraJar,
            Path war,
            int port,
            Path workDirectory,
            Map<String, String> environment,
            PrintStream console)
            throws IOException {
        Path tmp = Files.createDirectories(workDirectory.resolve("tmp"));
        Path root = workDirectory.resolve("payara-root");
        deleteRecursively(root);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                payaraJar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nocluster",
                "--disablephonehome",
                "--rootdir",
                root.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close(); // it reads nothing from us
        return new PayaraMicro(process, console);
    }

    /**
     * Waits until Payara Micro says it is ready, or exits, or the timeout passes. Returns true only when it is
     * ready with the WAR deployed.
     */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (output) {
            while (!output.ready() && process.isAlive() && System.nanoTime() < deadline) {
                output.wait(500);
            }
            return output.succeeded();
        }
    }

    /** Why it failed, as Payara said it, or a description of what happened instead. */
    String failure(Duration timeout) {
        synchronized (output) {
            if (output.failure() != null) {
                return output.failure();
            }
            if (!process.isAlive()) {
                return "Payara Micro exited with status " + process.exitValue() + " before it was ready";
            }
            if (!output.ready()) {
                return "Payara Micro was not ready after " + timeout.toSeconds() + " s";
            }
            return "Payara Micro is up but did not report the WAR as deployed";
        }
    }

    /** Waits for the process to end by itself; returns its exit status. */
    int waitFor() throws InterruptedException {
        int status = process.waitFor();
        pump.join(2_000); // let its last lines reach the console
        return status;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, then SIGKILL if it has not stopped within a minute. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        pump.join(2_000);
    }

    private void pump(PrintStream console) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                console.println(line);
                synchronized (output) {
                    output.accept(line);
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            // the stream closes when the process ends; nothing more to show
        } finally {
            synchronized (output) {
                output.notifyAll();
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
