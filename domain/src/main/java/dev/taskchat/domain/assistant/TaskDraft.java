package dev.taskchat.domain.assistant;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.Title;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A task to add, as read from a message.
 *
 * @param title the words that were not read as tokens (never empty)
 * @param priority {@link Priority#NONE} when none was given
 * @param tags in the order written; empty when none
 * @param due null when the message named no date or time; a repeating task always has one (its first
 *     occurrence)
 * @param recurrence null for a one-off task
 * @param reminder null for none
 */
public record TaskDraft(
        Title title, Priority priority, Set<TagName> tags, Due due, Recurrence recurrence, Reminder reminder) {

    public TaskDraft {
        Objects.requireNonNull(title, "title");
        priority = priority == null ? Priority.NONE : priority;
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
    }
}
