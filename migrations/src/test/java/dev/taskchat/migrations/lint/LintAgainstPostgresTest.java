package dev.taskchat.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL facts behind volatile-default and rewriting-type-change, checked on the real server: for each
 * change, whether the table is rewritten (its relfilenode changes) must be exactly whether lint reports it.
 */
class LintAgainstPostgresTest {

    private static final String TABLE = """
            create table f (
                id int, v varchar(10), w varchar(10), t text, i int, n numeric(10, 2), vb varbit(10)
            )""";

    /** Each ALTER TABLE f action, and whether PostgreSQL 17 rewrites the table for it. */
    private static final Map<String, Boolean> REWRITES = Map.ofEntries(
            Map.entry("add column a timestamptz default now()", false),
            Map.entry("add column b timestamptz default current_timestamp", false),
            Map.entry("add column c text default 'constant'", false),
            Map.entry("add column d timestamptz default clock_timestamp()", true),
            Map.entry("add column e uuid default gen_random_uuid()", true),
            Map.entry("add column g double precision default random()", true),
            Map.entry("add column h bigserial", true),
            Map.entry("add column k int generated always as identity", true),
            Map.entry("add column m int generated always as (i + 1) stored", true),
            Map.entry("alter column v type text", false),
            Map.entry("alter column v type varchar", false),
            Map.entry("alter column w type varchar(20)", false),
            Map.entry("alter column w type varchar(5)", true),
            Map.entry("alter column t type varchar", false),
            Map.entry("alter column n type numeric(12, 2)", false),
            Map.entry("alter column n type numeric", false),
            Map.entry("alter column n type numeric(12, 3)", true),
            Map.entry("alter column vb type varbit(20)", false),
            Map.entry("alter column i type bigint", true),
            Map.entry("alter column i type text", true));

    private static final EmbeddedDatabase server = TestServer.shared();

    @Test
    void lintReportsARewriteExactlyWhenPostgresRewrites() throws SQLException {
        Map<String, Boolean> measured = new HashMap<>();
        Map<String, Boolean> reported = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            for (String action : REWRITES.keySet()) {
                statement.execute("drop table if exists f");
                statement.execute(TABLE);
                statement.execute("insert into f select g, 'a', 'b', 't', g, 1.5, B'1' from generate_series(1, 50) g");
                long before = relfilenode(statement);
                statement.execute("alter table f " + action);
                measured.put(action, relfilenode(statement) != before);
                reported.put(action, reportsRewrite("alter table f " + action + ";"));
            }
        }
        assertThat(measured)
                .as("what PostgreSQL does (is this table still right?)")
                .isEqualTo(REWRITES);
        assertThat(reported).as("what lint reports").isEqualTo(REWRITES);
    }

    @Test
    void theFunctionsLintCallsVolatileAreVolatileAndNowIsNot() throws SQLException {
        Map<String, String> volatility = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select proname, provolatile from pg_proc"
                        + " where pronamespace = 'pg_catalog'::regnamespace")) {
            while (result.next()) {
                volatility.merge(result.getString(1), result.getString(2), (a, b) -> a.equals(b) ? a : "mixed");
            }
        }
        // the extension's uuid_generate_* are not installed here; every other listed function is core
        for (String function : VolatileDefaultCheck.VOLATILE_FUNCTIONS) {
            if (!function.startsWith("uuid_generate_")) {
                assertThat(volatility.get(function)).as(function).isEqualTo("v");
            }
        }
        for (String stable : Set.of("now", "statement_timestamp", "transaction_timestamp")) {
            assertThat(volatility.get(stable)).as(stable).isEqualTo("s");
            assertThat(VolatileDefaultCheck.VOLATILE_FUNCTIONS).doesNotContain(stable);
        }
    }

    private static boolean reportsRewrite(String alter) {
        List<MigrationScript> history = List.of(
                LintFixtures.script("1", "create", "-- phase: expand\nset lock_timeout = '5s';\n" + TABLE + ";"),
                LintFixtures.script("2", "change", LintFixtures.expand(alter)));
        return new Linter(new Phases(Map.of()))
                .lint(history).stream()
                        .anyMatch(finding -> finding.rule() == Rule.VOLATILE_DEFAULT
                                || finding.rule() == Rule.REWRITING_TYPE_CHANGE);
    }

    private static long relfilenode(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("select relfilenode from pg_class where relname = 'f'")) {
            result.next();
            return result.getLong(1);
        }
    }
}
