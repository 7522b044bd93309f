package dev.taskchat.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.ShippedScripts;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.script.Phases;
import dev.taskchat.migrations.script.ScriptLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scripts this module ships pass lint (the build's exec step checks the same, this keeps it visible in
 * the test report), and each has exactly one phase declaration.
 */
class ShippedScriptsLintTest {

    private static final List<MigrationScript> SHIPPED = ScriptLoader.fromLocations(
            List.of(Migrations.DEFAULT_LOCATION), ShippedScriptsLintTest.class.getClassLoader());

    @Test
    void theShippedScriptsLintClean() {
        assertThat(SHIPPED).extracting(MigrationScript::version).containsExactlyElementsOf(ShippedScripts.versions());

        List<Finding> findings = new Linter(Phases.shipped()).lint(SHIPPED);

        assertThat(findings).extracting(Finding::format).isEmpty();
    }

    @Test
    void everyShippedScriptHasAPhaseFromItsHeaderOrFromTheLegacyListNeverBoth() {
        Phases phases = Phases.shipped();
        assertThat(SHIPPED).allSatisfy(script -> {
            assertThat(phases.of(script)).as(script.name()).isPresent();
            assertThat(script.header().declaredPhase().isPresent() && phases.listed(script))
                    .as(script.name())
                    .isFalse();
        });
    }

    @Test
    void theLegacyListNamesOnlyShippedScriptsWithoutAHeader() {
        List<String> names = SHIPPED.stream().map(MigrationScript::name).toList();
        assertThat(Phases.shipped().legacy()).isNotEmpty().allSatisfy((name, phase) -> {
            assertThat(names).contains(name);
            assertThat(phase).isEqualTo(Phase.EXPAND); // V1 to V6 only created or added
        });
        // the scripts before headers existed are exactly V1..V6: the list is closed
        assertThat(Phases.shipped().legacy().keySet())
                .allSatisfy(name -> assertThat(name).matches("V[1-6]__.*"))
                .hasSize(6);
    }
}
