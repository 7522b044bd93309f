package dev.taskchat.migrations.lint;

import static dev.taskchat.migrations.lint.LintFixtures.expand;
import static dev.taskchat.migrations.lint.LintFixtures.lintV2;
import static dev.taskchat.migrations.lint.LintFixtures.problemsInV2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reviewed exceptions: {@code -- lint: allow <rule-id> because <reason>} right before the statement. */
class AllowDirectiveTest {

    @Test
    void anAllowWithAReasonAcceptsTheFindingAndKeepsTheReason() {
        List<Finding> findings = lintV2(expand("""
                -- u holds one row per deployment, so the build is instant
                -- lint: allow index-without-concurrently because u has a handful of rows
                create index u_id_idx on u (id);
                """));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(Rule.INDEX_CONCURRENTLY);
            assertThat(finding.isAllowed()).isTrue();
            assertThat(finding.allowedBecause()).isEqualTo("u has a handful of rows");
        });
    }

    @Test
    void oneAllowCanNameSeveralRules() {
        assertThat(problemsInV2(expand("""
                -- lint: allow index-without-concurrently, rename-or-drop-in-expand because u is a lookup table no release reads yet
                create index u_id_idx on u (id);
                """)))
                .extracting(Finding::rule)
                // the index is allowed; naming a rule the statement does not break is reported
                .containsExactly(Rule.LINT_ALLOW);
    }

    @Test
    void anAllowWithoutAReasonIsItselfAnErrorAndAllowsNothing() {
        List<Finding> problems = problemsInV2(expand("""
                -- lint: allow index-without-concurrently
                create index u_id_idx on u (id);
                -- lint: allow index-without-concurrently because
                create index u_id2_idx on u (id);
                """));

        assertThat(problems)
                .extracting(Finding::rule)
                .containsExactly(Rule.LINT_ALLOW, Rule.INDEX_CONCURRENTLY, Rule.LINT_ALLOW, Rule.INDEX_CONCURRENTLY);
        assertThat(problems.get(0).format())
                .startsWith("V2__case.sql:3: [lint-allow] allow index-without-concurrently without a reason");
        assertThat(problems.get(1).line()).isEqualTo(4);
    }

    @Test
    void anAllowForAnUnknownOrUnallowableRuleIsAnError() {
        assertThat(problemsInV2(expand("""
                -- lint: allow no-such-rule because reasons
                alter table t add column a text;
                -- lint: allow phase-header because the phase is obvious
                alter table t add column b text;
                -- lint: please ignore
                alter table t add column c text;
                """)))
                .extracting(Finding::what)
                .containsExactly(
                        "allow names an unknown rule 'no-such-rule'",
                        "rule phase-header cannot be allowed",
                        "cannot read '-- lint: please ignore': expected -- lint: allow <rule-id> because <reason>");
    }

    @Test
    void anAllowCoversOnlyTheStatementRightAfterIt() {
        List<Finding> problems = problemsInV2(expand("""
                -- lint: allow index-without-concurrently because u is tiny
                create index u_id_idx on u (id);
                create index t_name_idx on t (name);
                """));

        assertThat(problems).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(Rule.INDEX_CONCURRENTLY);
            assertThat(finding.line()).isEqualTo(5);
        });
    }

    @Test
    void anAllowInsideAStatementOrInABlockCommentIsNotADirective() {
        assertThat(problemsInV2(expand("""
                /* lint: allow index-without-concurrently because block comments do not count */
                create index
                    -- lint: allow index-without-concurrently because inside the statement
                    u_id_idx on u (id);
                """))).extracting(Finding::rule).containsExactly(Rule.INDEX_CONCURRENTLY);
    }
}
