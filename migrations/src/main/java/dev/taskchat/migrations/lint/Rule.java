package dev.taskchat.migrations.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The checks {@code lint} makes, each with a stable id (used in output and in {@code -- lint: allow}), why
 * the pattern hurts a running system, and what to write instead. The facts behind them are in
 * shared/MIGRATIONS.md; the tests check the PostgreSQL facts against a real server.
 */
public enum Rule {
    VOLATILE_DEFAULT(
            "volatile-default",
            "a volatile default is computed for every existing row: PostgreSQL rewrites the whole table under an"
                    + " ACCESS EXCLUSIVE lock",
            "add the column without a default (or with a constant one), backfill it in batches, then SET DEFAULT"
                    + " for new rows"),
    SET_NOT_NULL(
            "set-not-null-without-check",
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a validated"
                    + " CHECK (column IS NOT NULL) already proves it",
            "ADD CONSTRAINT c CHECK (column IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (in a later script);"
                    + " then SET NOT NULL and drop the check"),
    CONSTRAINT_NOT_VALID(
            "constraint-without-not-valid",
            "adding a constraint to an existing table checks every row while holding a lock that blocks writes",
            "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later script (SHARE UPDATE EXCLUSIVE,"
                    + " reads and writes go on)"),
    INDEX_CONCURRENTLY(
            "index-without-concurrently",
            "CREATE INDEX on an existing table holds a SHARE lock, blocking every write until the index is built",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS, alone in a script headed -- transactional: false"),
    CONCURRENTLY_IN_TRANSACTION(
            "concurrently-in-transaction",
            "this statement cannot run inside a transaction, and a script runs in one unless it is declared"
                    + " otherwise",
            "put it in a script of its own headed -- transactional: false, with IF [NOT] EXISTS so that it can be"
                    + " re-run"),
    TRANSACTIONAL_HEADER(
            "transactional-header",
            "the header and the statements disagree about running outside a transaction: Flyway runs a script"
                    + " outside a transaction exactly when it contains a statement that cannot run inside one",
            "declare -- transactional: false only on scripts of CREATE/DROP INDEX CONCURRENTLY (plus SET)"),
    RENAME_OR_DROP_IN_EXPAND(
            "rename-or-drop-in-expand",
            "the release before this one still uses the old column or table during a rolling deploy, and fails"
                    + " without it",
            "in the expand: add the new column (dual-write trigger, batched backfill); drop or rename the old one in a"
                    + " later script headed -- phase: contract"),
    REWRITING_TYPE_CHANGE(
            "rewriting-type-change",
            "changing to a type that is not binary-compatible rewrites the table and its indexes under an ACCESS"
                    + " EXCLUSIVE lock",
            "add a column of the new type, keep both in step with a trigger, backfill in batches, switch, and drop"
                    + " the old column in a contract (widening varchar(n) to text or to varchar(m > n) is safe)"),
    LOCK_TIMEOUT(
            "missing-lock-timeout",
            "DDL waiting for its lock queues every later query on the table behind it, so a long-running"
                    + " transaction stalls the application",
            "start the script with SET lock_timeout = '5s' (SET LOCAL only in a transactional script): the DDL fails"
                    + " fast instead, and the migration can be retried"),
    NOT_RERUNNABLE(
            "not-rerunnable",
            "a script outside a transaction can stop half-way; Flyway then runs it again from the top, and a"
                    + " statement that already ran must not fail",
            "use IF NOT EXISTS / IF EXISTS (CREATE INDEX CONCURRENTLY IF NOT EXISTS, DROP INDEX CONCURRENTLY IF"
                    + " EXISTS), and move everything else to a transactional script"),
    PHASE_HEADER(
            "phase-header",
            "every script declares whether it expands or contracts the schema: contracts may only run once no"
                    + " instance of the previous release is left",
            "start the script with -- phase: expand (or -- phase: contract)"),
    CONTRACT_HEADER(
            "contract-header",
            "the contract guard only lets a contract run while no live app instance still needs the shape it"
                    + " removes, and it learns which instances those are from the contract's header",
            "head the contract with -- breaks-schema-needs-below: N, where N is the first schema version the app"
                    + " no longer needs what the contract removes for (instances needing less than N are refused);"
                    + " an expand takes no such header"),
    BACKFILL_HEADER(
            "backfill-header",
            "migrate runs the backfill a script names right after it, before later scripts that may rely on the"
                    + " data (a validated check, a dropped source column); a name migrate does not know, or a"
                    + " backfill on a contract, would leave that data missing",
            "head the expand that adds the column with -- backfill: NAME, NAME being a backfill registered in"
                    + " Backfills.shipped()"),
    LINT_ALLOW(
            "lint-allow",
            "an exception to a rule must name the rule and say why it is safe here",
            "-- lint: allow <rule-id> because <why this statement is safe>, on the line before the statement"),
    SQL_SYNTAX(
            "sql-syntax",
            "the script cannot be split into statements, so none of it was checked",
            "close the string, quoted identifier, comment or dollar quote");

    private final String id;
    private final String reason;
    private final String safe;

    Rule(String id, String reason, String safe) {
        this.id = id;
        this.reason = reason;
        this.safe = safe;
    }

    public String id() {
        return id;
    }

    /** Why the pattern is unsafe. */
    public String reason() {
        return reason;
    }

    /** What to write instead. */
    public String safe() {
        return safe;
    }

    /**
     * Whether {@code -- lint: allow} may silence it: only rules about one statement. A script without a phase,
     * a broken allow or unreadable SQL is never acceptable.
     */
    public boolean allowable() {
        return this != PHASE_HEADER
                && this != CONTRACT_HEADER
                && this != BACKFILL_HEADER
                && this != LINT_ALLOW
                && this != SQL_SYNTAX
                && this != TRANSACTIONAL_HEADER;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
