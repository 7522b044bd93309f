package dev.taskchat.web.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the last check of the database found.
 *
 * @param missingVersions migrations this build needs that are not applied
 * @param problem why the database could not be checked, or null
 */
public record SchemaStatus(int requiredVersion, Integer currentVersion, List<Integer> missingVersions, String problem) {
    public boolean isReady() {
        return problem == null && missingVersions.isEmpty();
    }

    /** One sentence for operators and clients: what is wrong and what to do. */
    public String explanation() {
        if (problem != null) {
            return problem;
        }
        if (missingVersions.isEmpty()) {
            return "schema is at version " + currentVersion + " (this build needs " + requiredVersion + ")";
        }
        return "the database schema is behind: this build needs version " + requiredVersion + " but migration(s) "
                + missingVersions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " are not applied; run the migrations (java -jar taskchat-migrations.jar migrate) and the"
                + " application becomes ready by itself";
    }
}
