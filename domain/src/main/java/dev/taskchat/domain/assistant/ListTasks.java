package dev.taskchat.domain.assistant;

import dev.taskchat.domain.task.TaskFilter;
import java.util.Objects;

/**
 * "what's due this week?", "overdue", "show #work tasks".
 *
 * @param overdueOnly only tasks whose due moment has passed; the filter then ends today and the executor
 *     compares instants, because a task due today at 09:00 is overdue at 10:00
 * @param description what the list is, for the reply's header: "due this week", "urgent, tagged #work",
 *     "open" when nothing narrows it
 */
public record ListTasks(TaskFilter filter, boolean overdueOnly, String description) implements Command {
    public ListTasks {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(description, "description");
    }
}
