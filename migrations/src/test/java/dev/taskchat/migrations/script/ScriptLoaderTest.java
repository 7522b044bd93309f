package dev.taskchat.migrations.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.TestDirectories;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/** Scripts are found where Flyway finds them: folders, sub-folders, and inside the executable jar. */
class ScriptLoaderTest {

    @Test
    void readsVersionedScriptsFromAFolderAndItsSubFoldersInVersionOrder() throws IOException {
        Path folder = TestDirectories.target().resolve("script-loader-test/folder");
        write(folder.resolve("V10__later.sql"), "select 10;");
        write(folder.resolve("sub/V2__in_sub_folder.sql"), "select 2;");
        write(folder.resolve("V1__first.sql"), "select 1;");
        write(folder.resolve("notes.txt"), "not a script");
        write(folder.resolve("V3_misnamed.sql"), "select 3;");

        List<MigrationScript> scripts = ScriptLoader.fromLocations(
                List.of("filesystem:" + folder), getClass().getClassLoader());

        assertThat(scripts)
                .extracting(MigrationScript::name)
                .containsExactly("V1__first.sql", "V2__in_sub_folder.sql", "V10__later.sql");
        assertThat(scripts.get(2).text()).isEqualTo("select 10;");
    }

    @Test
    void readsScriptsFromInsideAJarAsTheExecutableDoes() throws IOException {
        Path jar = TestDirectories.target().resolve("script-loader-test/scripts.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // folders have entries of their own, as in the jars Maven builds
            for (String folder : List.of("db/", "db/jarred/", "db/other/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            entry(out, "db/jarred/V1__one.sql", "select 'één';");
            entry(out, "db/jarred/V2__two.sql", "select 2;");
            entry(out, "db/other/V3__elsewhere.sql", "select 3;");
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<MigrationScript> scripts = ScriptLoader.fromLocations(List.of("classpath:db/jarred"), loader);

            assertThat(scripts).extracting(MigrationScript::version).containsExactly("1", "2");
            assertThat(scripts.get(0).text()).isEqualTo("select 'één';");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void entry(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
