package dev.taskchat.domain.assistant;

import java.util.Objects;

/** "done buy milk", "mark the dentist task done", "complete 2", "finished it". */
public record CompleteTask(TaskRef ref) implements Command {
    public CompleteTask {
        Objects.requireNonNull(ref, "ref");
    }
}
