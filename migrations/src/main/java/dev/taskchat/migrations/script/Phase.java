package dev.taskchat.migrations.script;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a migration stands in an expand/contract change (see shared/MIGRATIONS.md). An expand only adds, so
 * the release before it keeps working on the new schema; a contract removes what no running release uses
 * any more, and may only run once every instance of the older release is gone.
 */
public enum Phase {
    EXPAND,
    CONTRACT;

    /** The word used in headers, listings and {@code phases.properties}: "expand" or "contract". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The phase a header or a properties file names, in any case; empty for any other word. */
    public static Optional<Phase> fromWord(String word) {
        for (Phase phase : values()) {
            if (phase.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
