package dev.taskchat.it.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The source tree of a {@link Release}, exported from the repository's history ({@code git archive}, so the
 * working tree is never touched), and what it builds: its WAR and its migration scripts.
 */
public final class ReleaseSource {

    private static final Logger LOG = Logger.getLogger(ReleaseSource.class.getName());
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private final Release release;
    private final Path directory;

    private ReleaseSource(Release release, Path directory) {
        this.release = release;
        this.directory = directory;
    }

    /**
     * Exports {@code release} from the git repository at {@code repository} into {@code workDirectory}; an
     * export of the same commit made earlier is reused.
     */
    public static ReleaseSource export(Path repository, Release release, Path workDirectory) {
        Path directory = workDirectory.resolve("release-" + release.version() + "-" + release.commit());
        if (!Files.isRegularFile(directory.resolve("pom.xml"))) {
            run(
                    repository,
                    "the commit of release " + release + " is not in this clone's history; a shallow clone needs"
                            + " 'git fetch --unshallow'",
                    "git",
                    "cat-file",
                    "-e",
                    release.commit() + "^{commit}");
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create " + directory, e);
            }
            run(
                    repository,
                    "cannot export release " + release,
                    "sh",
                    "-c",
                    "git archive --format=tar \"$0\" | tar -x -C \"$1\"",
                    release.commit(),
                    directory.toString());
        }
        return new ReleaseSource(release, directory);
    }

    /** The release's migration scripts, as a Flyway location. */
    public String migrationsLocation() {
        return "filesystem:" + directory.resolve("migrations/src/main/resources/db/migration");
    }

    /**
     * The release's WAR, built with the release's own Maven wrapper and POMs (tests skipped: they ran when the
     * release was made); a WAR built earlier from the same export is reused.
     */
    public Path war() {
        Path war = directory.resolve("web/target/taskchat.war");
        if (Files.isRegularFile(war)) {
            return war;
        }
        long started = System.nanoTime();
        run(
                directory,
                "cannot build the WAR of release " + release,
                "sh",
                "./mvnw",
                "-B",
                "-q",
                "-ntp",
                "package",
                "-pl",
                "web",
                "-am",
                "-DskipTests",
                "-Dspotless.check.skip=true",
                "-Dspotless.apply.skip=true");
        LOG.info(() ->
                "built the WAR of release " + release + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("the build of release " + release + " made no " + war);
        }
        return war;
    }

    private static void run(Path directory, String failure, String... command) {
        Path log = directory.resolve("..").resolve("release-command.log").normalize();
        try {
            Process process = new ProcessBuilder(List.of(command))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(failure + ": " + String.join(" ", command) + " took longer than "
                        + BUILD_TIMEOUT.toMinutes() + " min (output in " + log + ")");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(failure + ": " + String.join(" ", command) + " exited with "
                        + process.exitValue() + "; its output:\n" + tail(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException(failure + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(failure + ": interrupted", e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
