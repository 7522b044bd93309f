package dev.taskchat.migrations.lint;

import static dev.taskchat.migrations.lint.LintFixtures.contract;
import static dev.taskchat.migrations.lint.LintFixtures.expand;
import static dev.taskchat.migrations.lint.LintFixtures.nonTransactional;
import static dev.taskchat.migrations.lint.LintFixtures.problemsInV2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule with a script that breaks it (and nothing else) and the safe way to write the same change. */
class RuleExamplesTest {

    record Example(Rule rule, String bad, String good) {
        @Override
        public String toString() {
            return rule.id() + ": "
                    + bad.lines().reduce((first, second) -> second).orElse("");
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example(
                        Rule.VOLATILE_DEFAULT,
                        expand("alter table t add column created timestamptz default clock_timestamp();"),
                        // now() is STABLE: evaluated once, stored in the catalog, no rewrite
                        expand("alter table t add column created timestamptz default now();")),
                new Example(
                        Rule.VOLATILE_DEFAULT,
                        expand("alter table t add column public_id uuid not null default public.gen_random_uuid();"),
                        expand("alter table t add column public_id uuid;")),
                new Example(
                        Rule.VOLATILE_DEFAULT,
                        expand("alter table t add column seq bigserial;"),
                        expand("create table w (seq bigserial);\nalter table w add column other bigserial;")),
                new Example(
                        Rule.VOLATILE_DEFAULT,
                        expand("alter table t add column n bigint generated always as identity;"),
                        expand("alter table t add column n bigint;")),
                new Example(Rule.SET_NOT_NULL, expand("alter table t alter column name set not null;"), expand("""
                                alter table t add constraint t_name_nn check (name is not null) not valid;
                                alter table t validate constraint t_name_nn;
                                alter table t alter column name set not null;
                                """)),
                new Example(
                        Rule.SET_NOT_NULL,
                        // NOT VALID alone proves nothing about the rows already there
                        expand("""
                                alter table t add constraint t_name_nn check (name is not null) not valid;
                                alter table t alter column name set not null;
                                """),
                        // the primary key is NOT NULL already: nothing to scan
                        expand("alter table t alter column id set not null;")),
                new Example(
                        Rule.CONSTRAINT_NOT_VALID,
                        expand("alter table t add constraint t_amount_positive check (amount > 0);"),
                        expand("alter table t add constraint t_amount_positive check (amount > 0) not valid;")),
                new Example(
                        Rule.CONSTRAINT_NOT_VALID,
                        expand("alter table t add constraint t_owner_fk foreign key (owner_id) references u (id);"),
                        expand(
                                "alter table t add constraint t_owner_fk foreign key (owner_id) references u (id) not valid;")),
                new Example(
                        Rule.CONSTRAINT_NOT_VALID,
                        expand("alter table t add constraint t_name_key unique (name);"),
                        expand("alter table t add constraint t_name_key unique using index t_name_key;")),
                new Example(
                        Rule.CONSTRAINT_NOT_VALID,
                        expand("alter table t add column parent_id bigint references u (id);"),
                        expand("""
                                alter table t add column parent_id bigint;
                                alter table t add constraint t_parent_fk foreign key (parent_id) references u (id) not valid;
                                """)),
                new Example(
                        Rule.INDEX_CONCURRENTLY,
                        expand("create index t_name_idx on t (name);"),
                        nonTransactional("create index concurrently if not exists t_name_idx on t (name);")),
                new Example(
                        Rule.INDEX_CONCURRENTLY,
                        expand("create unique index t_name_key on t (name);"),
                        // a table created by the same script is new and empty
                        expand("create table v (id bigint);\ncreate unique index v_id_key on v (id);")),
                new Example(
                        Rule.CONCURRENTLY_IN_TRANSACTION,
                        expand("create index concurrently if not exists t_name_idx on t (name);"),
                        nonTransactional("create index concurrently if not exists t_name_idx on t (name);")),
                new Example(
                        Rule.CONCURRENTLY_IN_TRANSACTION,
                        expand("drop index concurrently if exists t_old_idx;"),
                        nonTransactional("drop index concurrently if exists t_old_idx;")),
                new Example(
                        Rule.RENAME_OR_DROP_IN_EXPAND,
                        expand("alter table t rename column note to remark;"),
                        contract("alter table t rename column note to remark;")),
                new Example(
                        Rule.RENAME_OR_DROP_IN_EXPAND,
                        expand("alter table t drop column note;"),
                        contract("alter table t drop column note;")),
                new Example(Rule.RENAME_OR_DROP_IN_EXPAND, expand("drop table u;"), contract("drop table u;")),
                new Example(
                        Rule.RENAME_OR_DROP_IN_EXPAND,
                        expand("alter table u rename to users;"),
                        expand("create table w (id int);\nalter table w rename to w2;\ndrop table w2;")),
                new Example(
                        Rule.REWRITING_TYPE_CHANGE,
                        expand("alter table t alter column owner_id type integer;"),
                        expand("alter table t alter column name type text;")),
                new Example(
                        Rule.REWRITING_TYPE_CHANGE,
                        expand("alter table t alter column name type varchar(10);"),
                        expand("alter table t alter column name type varchar(40);")),
                new Example(
                        Rule.REWRITING_TYPE_CHANGE,
                        expand("alter table t alter column amount type numeric(12, 2) using amount * 1;"),
                        expand("alter table t alter column amount type numeric(12, 2);")),
                new Example(
                        Rule.REWRITING_TYPE_CHANGE,
                        // a column no earlier script shows cannot be proven safe
                        expand("alter table t alter column mystery type text;"),
                        expand("alter table t alter column flags type varbit(20);")),
                new Example(
                        Rule.LOCK_TIMEOUT,
                        "-- phase: expand\nalter table t add column x text;",
                        "-- phase: expand\nset local lock_timeout = '3s';\nalter table t add column x text;"),
                new Example(
                        Rule.LOCK_TIMEOUT,
                        "-- phase: expand\nset lock_timeout = 0;\nalter table t add column x text;",
                        "-- phase: expand\nset lock_timeout to '5000ms';\nalter table t add column x text;"),
                new Example(
                        Rule.LOCK_TIMEOUT,
                        // SET LOCAL outside a transaction sets nothing
                        "-- phase: expand\n-- transactional: false\nset local lock_timeout = '5s';\n"
                                + "create index concurrently if not exists t_name_idx on t (name);",
                        nonTransactional("create index concurrently if not exists t_name_idx on t (name);")),
                new Example(
                        Rule.NOT_RERUNNABLE,
                        nonTransactional("create index concurrently t_name_idx on t (name);"),
                        nonTransactional("create index concurrently if not exists t_name_idx on t (name);")),
                new Example(Rule.NOT_RERUNNABLE, nonTransactional("""
                                create index concurrently if not exists t_name_idx on t (name);
                                alter table t add column x text;
                                """), nonTransactional("""
                                create index concurrently if not exists t_name_idx on t (name);
                                alter table t add column if not exists x text;
                                """)),
                new Example(
                        Rule.TRANSACTIONAL_HEADER,
                        nonTransactional("alter table t add column if not exists x text;"),
                        expand("alter table t add column x text;")),
                new Example(
                        Rule.TRANSACTIONAL_HEADER,
                        "-- phase: expand\n-- transactional: no\nset lock_timeout = '5s';\nalter table t add column x text;",
                        "-- phase: expand\n-- transactional: true\nset lock_timeout = '5s';\nalter table t add column x text;"),
                new Example(
                        Rule.PHASE_HEADER,
                        "set lock_timeout = '5s';\nalter table t add column x text;",
                        expand("alter table t add column x text;")),
                new Example(
                        Rule.PHASE_HEADER,
                        "-- phase: expnad\nset lock_timeout = '5s';\nalter table t add column x text;",
                        "-- A comment first is fine.\n--   PHASE : Contract\n-- breaks-schema-needs-below: 2\n"
                                + "set lock_timeout = '5s';\nalter table t add column x text;"),
                new Example(
                        Rule.CONTRACT_HEADER,
                        "-- phase: contract\nset lock_timeout = '5s';\nalter table t drop column note;",
                        contract("alter table t drop column note;")),
                new Example(
                        Rule.CONTRACT_HEADER,
                        // the guard never holds an expand back: the header would only mislead
                        "-- phase: expand\n-- breaks-schema-needs-below: 2\nset lock_timeout = '5s';\n"
                                + "alter table t add column x text;",
                        expand("alter table t add column x text;")),
                new Example(
                        Rule.CONTRACT_HEADER,
                        "-- phase: contract\n-- breaks-schema-needs-below: next\nset lock_timeout = '5s';\n"
                                + "alter table t drop column note;",
                        "-- phase: contract\n-- Breaks-Schema-Needs-Below : 7\nset lock_timeout = '5s';\n"
                                + "alter table t drop column note;"),
                new Example(
                        Rule.BACKFILL_HEADER,
                        // migrate would stop at this script and find nothing to run
                        "-- phase: expand\n-- backfill: no_such_backfill\nset lock_timeout = '5s';\n"
                                + "alter table t add column x text;",
                        "-- phase: expand\n-- backfill: tasks_priority_rank\nset lock_timeout = '5s';\n"
                                + "alter table t add column x text;"),
                new Example(
                        Rule.BACKFILL_HEADER,
                        "-- phase: expand\n-- backfill: Tasks Rank!\nset lock_timeout = '5s';\n"
                                + "alter table t add column x text;",
                        expand("alter table t add column x text;")),
                new Example(
                        Rule.BACKFILL_HEADER,
                        // the data must be there before a contract relies on it, not after
                        "-- phase: contract\n-- breaks-schema-needs-below: 2\n-- backfill: tasks_priority_rank\n"
                                + "set lock_timeout = '5s';\nalter table t drop column note;",
                        contract("alter table t drop column note;")),
                new Example(
                        Rule.SQL_SYNTAX,
                        expand("alter table t add column x text default 'unterminated;"),
                        expand("alter table t add column x text default 'terminated;';")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theBadExampleBreaksTheRuleAndOnlyIt(Example example) {
        List<Finding> problems = problemsInV2(example.bad());

        assertThat(problems)
                .extracting(Finding::rule)
                .containsOnly(example.rule())
                .isNotEmpty();
        assertThat(problems).allSatisfy(finding -> assertThat(finding.format())
                .startsWith("V2__case.sql:")
                .contains("[" + example.rule().id() + "]")
                .contains(" (safe: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theGoodExampleIsClean(Example example) {
        assertThat(problemsInV2(example.good())).isEmpty();
    }

    @Test
    void everyRuleHasAnExample() {
        Set<Rule> covered = examples().map(Example::rule).collect(Collectors.toSet());
        Set<Rule> all = EnumSet.allOf(Rule.class);
        all.remove(Rule.LINT_ALLOW); // AllowDirectiveTest
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aFindingNamesTheLineItsStatementStartsOn() {
        List<Finding> problems = problemsInV2(expand("""
                alter table t add column ok text;

                -- the unsafe one
                create index
                    t_name_idx on t (name);
                """));

        assertThat(problems).singleElement().satisfies(finding -> assertThat(finding.format())
                .isEqualTo("V2__case.sql:6: [index-without-concurrently] CREATE INDEX t_name_idx on t: "
                        + Rule.INDEX_CONCURRENTLY.reason() + " (safe: " + Rule.INDEX_CONCURRENTLY.safe() + ")"));
    }

    @Test
    void ruleIdsAreUniqueAndStable() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(Rule.byId("volatile-default")).contains(Rule.VOLATILE_DEFAULT);
    }
}
