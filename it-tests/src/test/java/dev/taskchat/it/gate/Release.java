package dev.taskchat.it.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A released version of Taskchat and the commit it was built from, as recorded in docs/releases.properties.
 */
public record Release(String version, String commit) {

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    public Release {
        if (!VERSION.matcher(version).matches() || !COMMIT.matcher(commit).matches()) {
            throw new IllegalArgumentException(
                    "a release is 'x.y.z = <40-hex commit>', not " + version + " = " + commit);
        }
    }

    /** The releases in {@code file}, in the order written there (oldest first). */
    public static List<Release> readAll(Path file) {
        List<Release> releases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s*=\\s*", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException(file + ": not 'version = commit': " + line);
                }
                releases.add(new Release(parts[0], parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the releases from " + file, e);
        }
        if (releases.isEmpty()) {
            throw new IllegalStateException(file + " lists no release");
        }
        return List.copyOf(releases);
    }

    @Override
    public String toString() {
        return version + " (" + commit.substring(0, 10) + ")";
    }
}
