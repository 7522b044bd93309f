package dev.taskchat.migrations.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a script says about itself in the comment lines before its first statement:
 *
 * <pre>
 * -- phase: expand
 * -- transactional: false
 * -- breaks-schema-needs-below: 9
 * -- backfill: tasks_priority_rank
 * </pre>
 *
 * <p>{@code phase} is expand or contract and is required (older scripts are listed in {@link Phases}
 * instead). {@code transactional: false} declares that the script runs outside a transaction, which
 * {@code CREATE INDEX CONCURRENTLY} needs; it defaults to true. {@code breaks-schema-needs-below: N} belongs
 * on a contract: an app instance that needs a schema version below N relies on what the contract removes, so
 * the contract guard refuses to run the script while such an instance is alive. {@code backfill: NAME} belongs
 * on an expand that adds a column the application will read: {@code migrate} runs that backfill to its end
 * right after the script, before any later script (whose constraints may rely on the data being there).
 * Other comment lines are free text.
 *
 * @param phase the declared phase, or null when the header names none (or names an unknown one)
 * @param transactional false when declared {@code transactional: false}
 * @param breaksBelow the declared {@code breaks-schema-needs-below}, or null when not declared (or
 *     not a positive whole number)
 * @param backfill the name of the backfill the script declares, or null
 * @param problems what is wrong with the header, one sentence each, with the line it is on
 */
public record ScriptHeader(
        Phase phase, boolean transactional, Integer breaksBelow, String backfill, List<Problem> problems) {

    /** The header entry a contract uses to name the app instances it breaks. */
    public static final String BREAKS_ENTRY = "breaks-schema-needs-below";

    /** The header entry an expand uses to name the backfill that must run after it. */
    public static final String BACKFILL_ENTRY = "backfill";

    private static final Pattern BACKFILL_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private static final Pattern ENTRY = Pattern.compile(
            "--\\s*(phase|transactional|" + BREAKS_ENTRY + "|" + BACKFILL_ENTRY + ")\\s*:\\s*(.*?)\\s*");

    public ScriptHeader {
        problems = List.copyOf(problems);
    }

    /**
     * A problem in the header.
     *
     * @param entry the entry it is about: "phase", "transactional", {@value #BREAKS_ENTRY} or
     *     {@value #BACKFILL_ENTRY}
     */
    public record Problem(int line, String entry, String message) {}

    public Optional<Phase> declaredPhase() {
        return Optional.ofNullable(phase);
    }

    /** {@code breaks-schema-needs-below}, when declared and readable. */
    public Optional<Integer> breaksSchemaNeedsBelow() {
        return Optional.ofNullable(breaksBelow);
    }

    /** {@code backfill}, when declared and a valid backfill name. */
    public Optional<String> declaredBackfill() {
        return Optional.ofNullable(backfill);
    }

    public static ScriptHeader parse(String script) {
        Phase phase = null;
        boolean phaseSeen = false;
        Boolean transactional = null;
        Integer breaksBelow = null;
        boolean breaksSeen = false;
        String backfill = null;
        boolean backfillSeen = false;
        List<Problem> problems = new ArrayList<>();
        String[] lines = script.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (index == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("--")) {
                break; // the first statement ends the header
            }
            Matcher entry = ENTRY.matcher(line.toLowerCase(Locale.ROOT));
            if (!entry.matches()) {
                continue;
            }
            int number = index + 1;
            String value = entry.group(2);
            if (entry.group(1).equals("phase")) {
                if (phaseSeen) {
                    problems.add(new Problem(number, "phase", "the phase is declared twice"));
                }
                phaseSeen = true;
                phase = Phase.fromWord(value).orElse(null);
                if (phase == null) {
                    problems.add(new Problem(number, "phase", "unknown phase '" + value + "': expand or contract"));
                }
            } else if (entry.group(1).equals(BREAKS_ENTRY)) {
                if (breaksSeen) {
                    problems.add(new Problem(number, BREAKS_ENTRY, BREAKS_ENTRY + " is declared twice"));
                }
                breaksSeen = true;
                breaksBelow = value.matches("[1-9]\\d{0,8}") ? Integer.valueOf(value) : null;
                if (breaksBelow == null) {
                    problems.add(new Problem(
                            number,
                            BREAKS_ENTRY,
                            BREAKS_ENTRY + " must be a schema version such as 9, not '" + value + "'"));
                }
            } else if (entry.group(1).equals(BACKFILL_ENTRY)) {
                if (backfillSeen) {
                    problems.add(new Problem(number, BACKFILL_ENTRY, "a script declares at most one backfill"));
                }
                backfillSeen = true;
                backfill = BACKFILL_NAME.matcher(value).matches() ? value : null;
                if (backfill == null) {
                    problems.add(new Problem(
                            number,
                            BACKFILL_ENTRY,
                            "backfill must name a backfill such as tasks_priority_rank, not '" + value + "'"));
                }
            } else {
                if (transactional != null) {
                    problems.add(new Problem(number, "transactional", "transactional is declared twice"));
                }
                transactional = switch (value) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> {
                        problems.add(new Problem(
                                number, "transactional", "transactional must be true or false, not '" + value + "'"));
                        yield Boolean.TRUE;
                    }
                };
            }
        }
        return new ScriptHeader(phase, transactional == null || transactional, breaksBelow, backfill, problems);
    }
}
