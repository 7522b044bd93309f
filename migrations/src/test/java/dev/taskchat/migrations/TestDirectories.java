package dev.taskchat.migrations;

import java.nio.file.Path;

/** Where tests put their files: the module's target directory, never /tmp. */
public final class TestDirectories {

    private TestDirectories() {}

    public static Path target() {
        // surefire runs the tests in the module's directory
        return Path.of("target").toAbsolutePath();
    }
}
