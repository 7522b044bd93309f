package dev.taskchat.migrations.script;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration script, {@code V<version>__<description>.sql}, with its text.
 *
 * @param version the version as Flyway reads it from the name, with dots ("2.1" for V2_1__x.sql)
 * @param name the file name, which is how findings and {@code phases.properties} refer to it
 * @param text the whole script
 */
public record MigrationScript(String version, String name, String text) {

    /** Flyway's naming of versioned SQL migrations (the default prefix, separator and suffix). */
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

    /** Oldest first, as Flyway applies them. */
    public static final Comparator<MigrationScript> BY_VERSION =
            Comparator.comparing(MigrationScript::version, Versions.ORDER);

    /** The script read from a file called {@code name}; empty when the name is not a versioned script's. */
    public static Optional<MigrationScript> of(String name, String text) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationScript(matcher.group(1).replace('_', '.'), name, text));
    }

    public static boolean isVersionedName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The description Flyway shows: the part after the double underscore, with spaces. */
    public String description() {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches() ? matcher.group(2).replace('_', ' ') : name;
    }

    public ScriptHeader header() {
        return ScriptHeader.parse(text);
    }
}
