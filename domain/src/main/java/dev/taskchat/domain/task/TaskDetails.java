package dev.taskchat.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about a task that its owner edits directly, validated field by field on the way in
 * (see {@link Title}, {@link Description}, {@link Recurrence}). Rules across fields that need the
 * owner's time zone are checked by {@link Task}.
 *
 * @param description normalized text, or null
 * @param due null when the task has no due date
 * @param remindAt null for no reminder
 * @param recurrence null for a one-off task
 */
public record TaskDetails(
        Title title, String description, Priority priority, Due due, Instant remindAt, Recurrence recurrence) {

    public TaskDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        description = Description.normalize(description);
    }

    public static TaskDetails titled(String title) {
        return new TaskDetails(Title.of(title), null, Priority.NONE, null, null, null);
    }

    public Optional<Due> dueDate() {
        return Optional.ofNullable(due);
    }

    public TaskDetails withTitle(Title newTitle) {
        return new TaskDetails(newTitle, description, priority, due, remindAt, recurrence);
    }

    public TaskDetails withDescription(String newDescription) {
        return new TaskDetails(title, newDescription, priority, due, remindAt, recurrence);
    }

    public TaskDetails withPriority(Priority newPriority) {
        return new TaskDetails(title, description, newPriority, due, remindAt, recurrence);
    }

    public TaskDetails withDue(Due newDue) {
        return new TaskDetails(title, description, priority, newDue, remindAt, recurrence);
    }

    public TaskDetails withRemindAt(Instant newRemindAt) {
        return new TaskDetails(title, description, priority, due, newRemindAt, recurrence);
    }

    public TaskDetails withRecurrence(Recurrence newRecurrence) {
        return new TaskDetails(title, description, priority, due, remindAt, newRecurrence);
    }
}
