package dev.taskchat.domain.assistant;

import java.util.Objects;

/** "reopen buy milk", "mark 2 as not done". */
public record ReopenTask(TaskRef ref) implements Command {
    public ReopenTask {
        Objects.requireNonNull(ref, "ref");
    }
}
