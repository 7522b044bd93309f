package dev.taskchat.domain.task;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything about a task its owner can change, as it was at one moment: what "undo" puts back.
 *
 * @param completedAt null when the task was open
 */
public record TaskSnapshot(TaskDetails details, List<String> tags, Instant completedAt) {
    public TaskSnapshot {
        Objects.requireNonNull(details, "details");
        tags = List.copyOf(tags);
    }
}
