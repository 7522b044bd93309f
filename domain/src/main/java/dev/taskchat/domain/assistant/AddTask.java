package dev.taskchat.domain.assistant;

import java.util.Objects;

/** "add buy milk tomorrow", "remind me to call mom sunday 6pm", or a bare phrase. */
public record AddTask(TaskDraft draft) implements Command {
    public AddTask {
        Objects.requireNonNull(draft, "draft");
    }
}
