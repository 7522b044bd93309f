package dev.taskchat.migrations.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.lint.Finding;
import dev.taskchat.migrations.lint.Rule;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.script.Phases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a plan says about each pending statement: its lock, and lint's risk note. */
class PlannerTest {

    private static final MigrationScript V1 = script("V1__create.sql", """
            -- phase: expand
            set lock_timeout = '5s';
            create table users (id bigint primary key);
            create table tasks (id bigint primary key, title text not null, user_id bigint references users (id));
            """);

    private static final MigrationScript V2 = script("V2__notes.sql", """
            -- phase: expand
            set lock_timeout = '5s';
            alter table tasks add column note text;
            create index tasks_note_idx on tasks (note);
            alter table tasks add constraint tasks_owner_fk foreign key (user_id) references users (id) not valid;
            alter table tasks validate constraint tasks_owner_fk;
            -- lint: allow rename-or-drop-in-expand because no release has read this column yet
            alter table tasks drop column note;
            update tasks set title = trim(title);
            """);

    private static final MigrationScript V3 = script("V3__index.sql", """
            -- phase: contract
            -- breaks-schema-needs-below: 2
            -- transactional: false
            set lock_timeout = '5s';
            create index concurrently if not exists tasks_title_idx on tasks (title);
            """);

    private final Planner planner = new Planner(new Phases(Map.of()));

    @Test
    void listsOnlyThePendingMigrationsWithTheirPhaseAndTransaction() {
        List<PlannedMigration> plan = planner.plan(List.of(V3, V1, V2), List.of("2", "3"));

        assertThat(plan).extracting(migration -> migration.script().version()).containsExactly("2", "3");
        assertThat(plan.get(0).phase()).contains(Phase.EXPAND);
        assertThat(plan.get(0).inTransaction()).isTrue();
        assertThat(plan.get(1).phase()).contains(Phase.CONTRACT);
        assertThat(plan.get(1).inTransaction()).isFalse();
        assertThat(plan)
                .allSatisfy(migration -> assertThat(migration.scriptFindings()).isEmpty());
    }

    @Test
    void eachStatementHasItsLockAndItsRisks() {
        List<PlannedStatement> statements =
                planner.plan(List.of(V1, V2), List.of("2")).get(0).statements();

        assertThat(statements).extracting(PlannedStatement::line).containsExactly(2, 3, 4, 5, 6, 8, 9);
        assertThat(statements.get(0).locks()).isEmpty();
        assertThat(locks(statements.get(1))).containsExactly("ACCESS EXCLUSIVE on tasks");
        assertThat(locks(statements.get(2))).containsExactly("SHARE on tasks (for the whole build)");
        assertThat(statements.get(2).risks()).extracting(Finding::rule).containsExactly(Rule.INDEX_CONCURRENTLY);
        assertThat(locks(statements.get(3)))
                .containsExactly(
                        "SHARE ROW EXCLUSIVE on tasks (brief: rows are not checked)",
                        "SHARE ROW EXCLUSIVE on users (referenced by a foreign key)");
        assertThat(locks(statements.get(4)))
                .containsExactly("SHARE UPDATE EXCLUSIVE on tasks (while every row is checked)");
        assertThat(statements.get(5).risks()).singleElement().satisfies(risk -> {
            assertThat(risk.rule()).isEqualTo(Rule.RENAME_OR_DROP_IN_EXPAND);
            assertThat(risk.allowedBecause()).isEqualTo("no release has read this column yet");
        });
        assertThat(locks(statements.get(6)))
                .containsExactly("ROW EXCLUSIVE on tasks (plus row locks on the rows it changes)");
        assertThat(statements)
                .filteredOn(statement -> statement.line() != 4 && statement.line() != 8)
                .allSatisfy(statement -> assertThat(statement.risks()).isEmpty());
    }

    @Test
    void concurrentIndexBuildsTakeShareUpdateExclusive() {
        PlannedStatement build =
                planner.plan(List.of(V1, V3), List.of("3")).get(0).statements().get(1);

        assertThat(locks(build)).containsExactly("SHARE UPDATE EXCLUSIVE on tasks (writes go on during the build)");
        assertThat(build.risks()).isEmpty();
    }

    @Test
    void aScriptWithoutAPhaseSaysSoInThePlan() {
        MigrationScript headless =
                script("V2__headless.sql", "set lock_timeout = '5s';\nalter table tasks add column x text;");

        PlannedMigration planned =
                planner.plan(List.of(V1, headless), List.of("2")).get(0);

        assertThat(planned.phase()).isEmpty();
        assertThat(planned.scriptFindings()).extracting(Finding::rule).containsExactly(Rule.PHASE_HEADER);
    }

    private static List<String> locks(PlannedStatement statement) {
        return statement.locks().stream().map(Lock::describe).toList();
    }

    private static MigrationScript script(String name, String text) {
        return MigrationScript.of(name, text).orElseThrow();
    }
}
