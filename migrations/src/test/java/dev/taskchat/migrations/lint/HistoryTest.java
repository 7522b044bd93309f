package dev.taskchat.migrations.lint;

import static dev.taskchat.migrations.lint.LintFixtures.expand;
import static dev.taskchat.migrations.lint.LintFixtures.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.script.Phases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scripts are read as one history: what earlier scripts did decides what a later one may do. */
class HistoryTest {

    private static final Linter LINTER = new Linter(new Phases(Map.of()));

    @Test
    void aNotNullCheckValidatedInAnEarlierScriptLetsSetNotNullThrough() {
        List<MigrationScript> history = List.of(
                script("1", "create", LintFixtures.V1),
                script(
                        "2",
                        "check",
                        expand("alter table t add constraint t_note_nn check (note is not null) not valid;")),
                script("3", "validate", expand("alter table t validate constraint t_note_nn;")),
                script("4", "not_null", expand("alter table t alter column note set not null;")));

        assertThat(LINTER.lint(history)).isEmpty();
        // without the validation in between, the scan is back
        assertThat(LINTER.lint(List.of(history.get(0), history.get(1), history.get(3))))
                .extracting(Finding::script, Finding::rule)
                .containsExactly(tuple("V4__not_null.sql", Rule.SET_NOT_NULL));
    }

    @Test
    void aDroppedOrRenamedCheckNoLongerCounts() {
        List<MigrationScript> history =
                List.of(script("1", "create", LintFixtures.V1), script("2", "check", expand("""
                        alter table t add constraint t_note_nn check (note is not null);
                        alter table t drop constraint t_note_nn;
                        alter table t alter column note set not null;
                        """)));

        assertThat(LINTER.lint(history))
                .extracting(Finding::rule)
                .containsExactly(Rule.CONSTRAINT_NOT_VALID, Rule.SET_NOT_NULL);
    }

    @Test
    void aTableIsExistingFromTheScriptAfterTheOneThatCreatedIt() {
        String index = "create index t_name_idx on t (name);";
        // created and indexed in one script, as V1 to V5 do: nothing to block yet
        assertThat(LINTER.lint(List.of(script("1", "create", LintFixtures.V1 + index))))
                .isEmpty();
        // indexed by a later script: the table may be large and in use
        assertThat(LINTER.lint(List.of(script("1", "create", LintFixtures.V1), script("2", "index", expand(index)))))
                .extracting(Finding::rule)
                .containsExactly(Rule.INDEX_CONCURRENTLY);
    }

    @Test
    void scriptsAreReadInVersionOrderWhateverOrderTheyCome() {
        List<MigrationScript> history = List.of(
                script("10", "widen_more", expand("alter table t alter column name type varchar(40);")),
                script("9", "widen", expand("alter table t alter column name type varchar(30);")),
                script("1", "create", LintFixtures.V1));

        assertThat(LINTER.lint(history)).isEmpty();
    }

    @Test
    void onlyTheSelectedScriptsAreReported() {
        List<MigrationScript> history = List.of(
                script("1", "create", "create table t (id int);"), // no header, no lock_timeout
                script("2", "add", expand("alter table t add column x text;")));

        assertThat(LINTER.lint(history)).extracting(Finding::script).containsOnly("V1__create.sql");
        assertThat(LINTER.lint(history, s -> s.version().equals("2"))).isEmpty();
    }

    @Test
    void theLegacyListGivesOldScriptsTheirPhaseButNotAsWellAsAHeader() {
        Linter linter = new Linter(new Phases(Map.of("V1__create.sql", Phase.EXPAND, "V2__add.sql", Phase.EXPAND)));
        List<MigrationScript> history = List.of(
                script("1", "create", "set lock_timeout = '5s';\ncreate table t (id int);"),
                script("2", "add", expand("alter table t add column x text;")));

        assertThat(linter.lint(history)).singleElement().satisfies(finding -> {
            assertThat(finding.script()).isEqualTo("V2__add.sql");
            assertThat(finding.rule()).isEqualTo(Rule.PHASE_HEADER);
            assertThat(finding.what()).contains("both in the header and in db/phases.properties");
        });
    }
}
