package dev.taskchat.migrations.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads versioned scripts from the places Flyway reads them: {@code classpath:} and {@code filesystem:}
 * locations, in folders or inside a jar (the executable), sub-folders included as Flyway does; or from files
 * and folders named on the command line. Files whose names are not {@code V<version>__<description>.sql}
 * are not scripts and are left out. The result is ordered by version.
 */
public final class ScriptLoader {

    private ScriptLoader() {}

    /** The scripts at Flyway locations such as {@code classpath:db/migration} or {@code filesystem:/x}. */
    public static List<MigrationScript> fromLocations(List<String> locations, ClassLoader classLoader) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (String location : locations) {
            if (location.startsWith("filesystem:")) {
                scripts.addAll(fromFolder(Path.of(location.substring("filesystem:".length()))));
            } else {
                String folder =
                        location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
                scripts.addAll(fromClasspath(stripSlashes(folder), classLoader));
            }
        }
        scripts.sort(MigrationScript.BY_VERSION);
        return scripts;
    }

    /** The scripts in a folder and its sub-folders. */
    public static List<MigrationScript> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<MigrationScript> scripts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                read(file).ifPresent(scripts::add);
            }
            scripts.sort(MigrationScript.BY_VERSION);
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** One file, when its name is a versioned script's. */
    public static Optional<MigrationScript> read(Path file) {
        String name = file.getFileName().toString();
        if (!MigrationScript.isVersionedName(name)) {
            return Optional.empty();
        }
        try {
            return MigrationScript.of(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<MigrationScript> fromClasspath(String folder, ClassLoader classLoader) {
        List<MigrationScript> scripts = new ArrayList<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    scripts.addAll(fromFolder(Path.of(root.toURI())));
                } else if (root.getProtocol().equals("jar")) {
                    scripts.addAll(fromJar(root, folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath:" + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list classpath:" + folder, e);
        }
        return scripts;
    }

    private static List<MigrationScript> fromJar(URL root, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false); // a cached JarFile would be shared, and closed here under someone else
        List<MigrationScript> scripts = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jar.stream().toList()) {
                String path = entry.getName();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!entry.isDirectory() && path.startsWith(folder + "/") && MigrationScript.isVersionedName(name)) {
                    try (InputStream stream = jar.getInputStream(entry)) {
                        String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                        MigrationScript.of(name, text).ifPresent(scripts::add);
                    }
                }
            }
        }
        return scripts;
    }

    private static String stripSlashes(String folder) {
        String stripped = folder;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
