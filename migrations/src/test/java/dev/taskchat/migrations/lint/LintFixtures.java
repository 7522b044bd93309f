package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phases;
import java.util.List;
import java.util.Map;

/** A small history to lint new scripts against: V1 creates the tables, the script under test is V2. */
final class LintFixtures {

    static final String V1 = """
            -- phase: expand
            set lock_timeout = '5s';
            create table u (id bigint primary key);
            create table t (
                id       bigint primary key,
                name     varchar(20),
                note     text,
                amount   numeric(10, 2),
                owner_id bigint,
                flags    varbit(10)
            );
            """;

    private LintFixtures() {}

    static String expand(String body) {
        return "-- phase: expand\nset lock_timeout = '5s';\n" + body;
    }

    static String contract(String body) {
        return "-- phase: contract\n-- breaks-schema-needs-below: 2\nset lock_timeout = '5s';\n" + body;
    }

    static String nonTransactional(String body) {
        return "-- phase: expand\n-- transactional: false\nset lock_timeout = '5s';\n" + body;
    }

    /** Every finding in V2, allowed ones included. */
    static List<Finding> lintV2(String v2) {
        return new Linter(new Phases(Map.of()))
                .lint(List.of(script("1", "create", V1), script("2", "case", v2)), s -> s.version()
                        .equals("2"));
    }

    /** The findings in V2 that are problems (not allowed by a reviewed exception). */
    static List<Finding> problemsInV2(String v2) {
        return lintV2(v2).stream().filter(finding -> !finding.isAllowed()).toList();
    }

    static MigrationScript script(String version, String description, String text) {
        return MigrationScript.of("V" + version + "__" + description + ".sql", text)
                .orElseThrow();
    }
}
