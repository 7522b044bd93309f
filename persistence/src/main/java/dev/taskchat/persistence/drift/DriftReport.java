package dev.taskchat.persistence.drift;

import java.util.List;

/**
 * The outcome of one drift check.
 *
 * @param entities how many mapped entities were compared
 * @param columns how many distinct columns the mapping names (entity and link tables)
 * @param differences one readable line each, e.g. {@code tags.name is mapped but does not exist}
 */
public record DriftReport(int entities, int columns, List<String> differences) {

    public DriftReport {
        differences = List.copyOf(differences);
    }

    public boolean hasDrift() {
        return !differences.isEmpty();
    }
}
