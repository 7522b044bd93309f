package dev.taskchat.domain.assistant;

import java.util.Objects;

/** "move dentist to friday 3pm", "rename 2 to Pay rent", "make it urgent", "tag it #home", "every monday". */
public record UpdateTask(TaskRef ref, TaskChange change) implements Command {
    public UpdateTask {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(change, "change");
    }
}
