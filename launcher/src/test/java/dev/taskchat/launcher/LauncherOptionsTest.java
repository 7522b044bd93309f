package dev.taskchat.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void theWorkDirectoryDefaultsToWhereThePayaraJarIsAndThePortTo8080() {
        LauncherOptions options = LauncherOptions.parse(new String[] {
            "--war",
            "web/target/taskchat.war",
            "--payara",
            "/w/launcher/target/payara-micro.jar",
            "--data-dir",
            "/w/.taskchat/postgres"
        });

        assertThat(options.war()).isAbsolute().endsWithRaw(Path.of("web", "target", "taskchat.war"));
        assertThat(options.workDirectory()).isEqualTo(Path.of("/w/launcher/target"));
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/w/.taskchat/postgres"));
        assertThat(options.port()).isEqualTo(8080);
    }

    @Test
    void wrongCommandLinesAreRejected() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--war", "a.war"}))
                .hasMessageContaining("required");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--war"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--wat", "x"}))
                .hasMessageContaining("unknown option --wat");
        assertThatThrownBy(() -> LauncherOptions.parse(
                        new String[] {"--war", "a", "--payara", "p", "--data-dir", "d", "--port", "80800"}))
                .hasMessageContaining("--port");
    }
}
