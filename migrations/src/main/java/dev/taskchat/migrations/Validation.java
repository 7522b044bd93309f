package dev.taskchat.migrations;

import java.util.List;

/**
 * What {@link Migrations#validate()} found. Only differences between the applied migrations and the scripts
 * count as problems (an edited, renamed, deleted or failed migration); scripts that are not applied yet are
 * expected before a deploy and are only counted.
 *
 * @param problems one readable sentence per difference; empty when the database matches the scripts
 * @param appliedCount how many applied migrations were compared with their scripts
 * @param pendingCount how many scripts are not applied yet
 */
public record Validation(List<String> problems, int appliedCount, int pendingCount) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
