package dev.taskchat.domain.assistant;

import java.util.Objects;

/** "delete the dentist task". The executor confirms before removing more than one task. */
public record DeleteTask(TaskRef ref) implements Command {
    public DeleteTask {
        Objects.requireNonNull(ref, "ref");
    }
}
