package dev.taskchat.migrations.lint;

/**
 * One unsafe pattern in one statement (or in a script's header).
 *
 * @param script the script's file name
 * @param line the line the statement starts on (1 for a script-level finding)
 * @param what what was found, e.g. "ADD COLUMN created DEFAULT clock_timestamp() on tasks"
 * @param reason why it is unsafe; usually the rule's, sometimes more specific
 * @param safe what to write instead; usually the rule's, sometimes more specific
 * @param allowedBecause the reason of a {@code -- lint: allow} that accepts it, or null
 */
public record Finding(
        String script, int line, Rule rule, String what, String reason, String safe, String allowedBecause) {

    static Finding of(String script, int line, Rule rule, String what) {
        return new Finding(script, line, rule, what, rule.reason(), rule.safe(), null);
    }

    Finding allowed(String because) {
        return new Finding(script, line, rule, what, reason, safe, because);
    }

    public boolean isAllowed() {
        return allowedBecause != null;
    }

    /** {@code V7__x.sql:12: [rule-id] what: reason (safe: alternative)} */
    public String format() {
        return script + ":" + line + ": " + describe();
    }

    /** The finding without its place: {@code [rule-id] what: reason (safe: alternative)}. */
    public String describe() {
        return "[" + rule.id() + "] " + what + ": " + reason + " (safe: " + safe + ")";
    }
}
