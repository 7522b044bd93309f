package dev.taskchat.domain.assistant;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.Title;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an update changes; every null field stays as it is. Several may be set at once ("move dentist
 * to friday 3pm and make it urgent").
 *
 * <p>{@code due} replaces the whole due date: "move it to friday" makes the task an all-day task on
 * Friday, and a time alone ("move it to 3pm") is resolved like any time alone (today if still ahead,
 * else tomorrow), because the grammar does not know the task's current date. A new recurrence comes with
 * a due only when the message names a date or time; otherwise the task keeps its due date.
 *
 * @param addTags tags to add (never empty: null when none)
 */
public record TaskChange(
        Title title, Priority priority, Due due, Set<TagName> addTags, Recurrence recurrence, Reminder reminder) {

    public TaskChange {
        addTags =
                addTags == null || addTags.isEmpty() ? null : Collections.unmodifiableSet(new LinkedHashSet<>(addTags));
    }

    public static TaskChange rename(Title title) {
        return new TaskChange(title, null, null, null, null, null);
    }

    public static TaskChange addTags(Set<TagName> tags) {
        return new TaskChange(null, null, null, tags, null, null);
    }

    public boolean isEmpty() {
        return Stream.of(title, priority, due, addTags, recurrence, reminder).allMatch(field -> field == null);
    }
}
