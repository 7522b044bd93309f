package dev.taskchat.migrations.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The header: the comment lines before the first statement. */
class ScriptHeaderTest {

    @Test
    void readsPhaseAndTransactionalFromTheLeadingComments() {
        ScriptHeader header = ScriptHeader.parse("""
                \uFEFF-- Builds the index behind the overdue list.

                -- phase: expand
                -- Transactional: FALSE
                set lock_timeout = '5s';
                """);

        assertThat(header.declaredPhase()).contains(Phase.EXPAND);
        assertThat(header.transactional()).isFalse();
        assertThat(header.problems()).isEmpty();
    }

    @Test
    void aScriptWithoutAHeaderRunsInATransactionAndHasNoPhase() {
        ScriptHeader header = ScriptHeader.parse("create table t (id int);\n-- phase: contract\n");

        // a "header" after the first statement is just a comment
        assertThat(header.declaredPhase()).isEmpty();
        assertThat(header.transactional()).isTrue();
        assertThat(header.problems()).isEmpty();
    }

    @Test
    void unknownValuesAndRepeatsAreProblemsWithTheirLines() {
        ScriptHeader header = ScriptHeader.parse("""
                -- phase: shrink
                -- transactional: maybe
                -- transactional: false
                select 1;
                """);

        assertThat(header.declaredPhase()).isEmpty();
        assertThat(header.problems())
                .extracting(ScriptHeader.Problem::line, ScriptHeader.Problem::message)
                .containsExactly(
                        tuple(1, "unknown phase 'shrink': expand or contract"),
                        tuple(2, "transactional must be true or false, not 'maybe'"),
                        tuple(3, "transactional is declared twice"));
    }

    @Test
    void phasesComeFromTheHeaderOrTheLegacyListByFileName() {
        Phases phases = new Phases(Map.of("V1__old.sql", Phase.EXPAND));
        MigrationScript old =
                MigrationScript.of("V1__old.sql", "create table t (id int);").orElseThrow();
        MigrationScript renamed = MigrationScript.of("V1__renamed.sql", "create table t (id int);")
                .orElseThrow();
        MigrationScript headed = MigrationScript.of("V2__new.sql", "-- phase: contract\ndrop table t;")
                .orElseThrow();

        assertThat(phases.of(old)).contains(Phase.EXPAND);
        assertThat(phases.of(renamed)).isEmpty();
        assertThat(phases.of(headed)).contains(Phase.CONTRACT);
    }

    @Test
    void versionsAndDescriptionsAreFlywaysReadingOfTheName() {
        MigrationScript script =
                MigrationScript.of("V2_10__add_task_notes.sql", "").orElseThrow();

        assertThat(script.version()).isEqualTo("2.10");
        assertThat(script.description()).isEqualTo("add task notes");
        assertThat(MigrationScript.of("V2_add.sql", "")).isEmpty();
        assertThat(MigrationScript.of("R__view.sql", "")).isEmpty();
        assertThat(Versions.compare("2.10", "2.9")).isPositive();
        assertThat(Versions.compare("10", "9")).isPositive();
        assertThat(Versions.compare("2.0", "2")).isZero();
    }

    @Test
    void aContractNamesTheSchemaNeedsItBreaks() {
        ScriptHeader header =
                ScriptHeader.parse("-- phase: contract\n-- breaks-schema-needs-below: 9\ndrop table t;\n");
        assertThat(header.breaksSchemaNeedsBelow()).contains(9);
        assertThat(header.problems()).isEmpty();

        ScriptHeader unreadable = ScriptHeader.parse("-- phase: contract\n-- breaks-schema-needs-below: v9\n");
        assertThat(unreadable.breaksSchemaNeedsBelow()).isEmpty();
        assertThat(unreadable.problems()).singleElement().satisfies(problem -> assertThat(problem.entry())
                .isEqualTo(ScriptHeader.BREAKS_ENTRY));
        // after the first statement it is not part of the header
        assertThat(ScriptHeader.parse("drop table t;\n-- breaks-schema-needs-below: 9\n")
                        .breaksSchemaNeedsBelow())
                .isEmpty();
    }
}
