package dev.taskchat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro 6.2025.10's real console output (recorded from runs with a trivial WAR and with one whose CDI
 * injection cannot be satisfied; certificate hex dumps removed), fed line by line.
 */
class PayaraOutputTest {

    @Test
    void aDeployedWarIsASuccessOnceTheServerIsReady() throws IOException {
        PayaraOutput output = new PayaraOutput();
        List<String> lines = lines("deployed.log");
        int readyLine = indexOf(lines, "ready in ");

        lines.subList(0, readyLine).forEach(output::accept);
        assertThat(output.ready()).isFalse();
        assertThat(output.succeeded()).isFalse();

        lines.subList(readyLine, lines.size()).forEach(output::accept);
        assertThat(output.ready()).isTrue();
        assertThat(output.succeeded()).isTrue();
        assertThat(output.failure()).isNull();
    }

    @Test
    void aFailedDeploymentIsAFailureEvenThoughPayaraSaysReadyAndDeployed() throws IOException {
        PayaraOutput output = new PayaraOutput();
        List<String> lines = lines("deployment-failed.log");
        assertThat(String.join("\n", lines)).contains("Deployed 1 archive(s)").contains("ready in ");

        lines.forEach(output::accept);

        assertThat(output.ready()).isTrue();
        assertThat(output.succeeded()).isFalse();
        assertThat(output.failure())
                .startsWith("Exception while loading the app : CDI deployment failure")
                .contains("WELD-001408");
    }

    @Test
    void colourCodesAreRemoved() {
        String line = new PayaraOutput().accept("[\u001B[1;92mINFO\u001B[0m] ready");
        assertThat(line).isEqualTo("[INFO] ready");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = PayaraOutputTest.class.getResourceAsStream("/payara/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
