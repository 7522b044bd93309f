package dev.taskchat.web.task;

import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.Task;
import dev.taskchat.web.time.ApiTime;
import java.time.ZoneId;
import java.util.List;

/** A task as the API shows it; instants carry the owner's offset. */
public record TaskView(
        long id,
        String title,
        String description,
        String priority,
        List<String> tags,
        String dueDate,
        String dueTime,
        String dueAt,
        String remindAt,
        String recurrence,
        boolean repeatFromCompletion,
        boolean completed,
        String completedAt,
        String createdAt,
        String updatedAt,
        long version) {

    public static TaskView of(Task task, ZoneId zone) {
        Due due = task.due().orElse(null);
        Recurrence recurrence = task.recurrence().orElse(null);
        return new TaskView(
                task.id(),
                task.title(),
                task.description().orElse(null),
                task.priority().code(),
                task.tagNames(),
                due == null ? null : ApiTime.format(due.date()),
                due == null ? null : ApiTime.format(due.time()),
                ApiTime.format(task.dueAt().orElse(null), zone),
                ApiTime.format(task.remindAt().orElse(null), zone),
                recurrence == null ? null : recurrence.rule(),
                recurrence != null && recurrence.fromCompletion(),
                task.isCompleted(),
                ApiTime.format(task.completedAt().orElse(null), zone),
                ApiTime.format(task.createdAt(), zone),
                ApiTime.format(task.updatedAt(), zone),
                task.version());
    }
}
