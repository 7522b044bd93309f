package dev.taskchat.web.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the last check of the database found.
 *
 * @param missingVersions migrations this build needs that are not applied
 * @param unfinishedBackfills backfills this build reads the data of that have not finished
 * @param problem why the database could not be checked, or null
 */
public record SchemaStatus(
        int requiredVersion,
        Integer currentVersion,
        List<Integer> missingVersions,
        List<String> unfinishedBackfills,
        String problem) {

    public SchemaStatus {
        missingVersions = List.copyOf(missingVersions);
        unfinishedBackfills = List.copyOf(unfinishedBackfills);
    }

    public boolean isReady() {
        return problem == null && missingVersions.isEmpty() && unfinishedBackfills.isEmpty();
    }

    /** One sentence for operators and clients: what is wrong and what to do. */
    public String explanation() {
        if (problem != null) {
            return problem;
        }
        if (missingVersions.isEmpty() && unfinishedBackfills.isEmpty()) {
            return "schema is at version " + currentVersion + " (this build needs " + requiredVersion + ")";
        }
        if (missingVersions.isEmpty()) {
            return "the data migration(s) " + String.join(", ", unfinishedBackfills) + " have not finished: run the"
                    + " migrations again (java -jar taskchat-migrations.jar migrate resumes them) and the application"
                    + " becomes ready by itself";
        }
        return "the database schema is behind: this build needs version " + requiredVersion + " but migration(s) "
                + missingVersions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " are not applied; run the migrations (java -jar taskchat-migrations.jar migrate) and the"
                + " application becomes ready by itself";
    }
}
