package dev.taskchat.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The versions of the scripts this module ships, read from the scripts themselves, oldest first. */
public final class ShippedScripts {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private ShippedScripts() {}

    public static List<String> versions() {
        URL folder = ShippedScripts.class.getClassLoader().getResource("db/migration");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1)))
                    .sorted()
                    .map(String::valueOf)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String latest() {
        List<String> versions = versions();
        return versions.get(versions.size() - 1);
    }

    /** The versions after {@code version}. */
    public static List<String> after(String version) {
        return versions().stream()
                .filter(v -> Integer.parseInt(v) > Integer.parseInt(version))
                .toList();
    }
}
