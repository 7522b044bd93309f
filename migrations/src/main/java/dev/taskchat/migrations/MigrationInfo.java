package dev.taskchat.migrations;

import dev.taskchat.migrations.script.Phase;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the schema history as the operator sees it: a script that is applied, pending, or only known
 * to the database. Plain strings, so callers need no Flyway types.
 *
 * @param version the script's version ("1", "2.1"), or "" for a repeatable script
 * @param description the description taken from the file name
 * @param state Flyway's state in words: "Pending", "Success", "Future", "Missing", "Failed", ...
 * @param installedOn when it was applied, or null when it is not applied
 * @param type how it is implemented, e.g. "SQL"
 * @param phase expand or contract, as its script declares; empty when the script is not there (an applied
 *     migration whose script was deleted) or declares no phase
 */
public record MigrationInfo(
        String version, String description, String state, Instant installedOn, String type, Optional<Phase> phase) {

    public boolean applied() {
        return installedOn != null;
    }
}
