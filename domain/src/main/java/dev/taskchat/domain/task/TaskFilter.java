package dev.taskchat.domain.task;

import dev.taskchat.domain.tag.TagName;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a task list is narrowed to. Null fields do not filter.
 *
 * @param dueFrom first local due date included
 * @param dueTo last local due date included
 * @param text words to find in the title or description (full-text, all words must occur)
 */
public record TaskFilter(
        TaskStatus status, Priority priority, TagName tag, LocalDate dueFrom, LocalDate dueTo, String text) {

    public TaskFilter {
        Objects.requireNonNull(status, "status");
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    public static TaskFilter open() {
        return new TaskFilter(TaskStatus.OPEN, null, null, null, null, null);
    }
}
