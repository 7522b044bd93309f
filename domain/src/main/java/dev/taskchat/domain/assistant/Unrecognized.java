package dev.taskchat.domain.assistant;

import java.util.Objects;

/**
 * A message the grammar could not read as a command: small talk, a question it cannot answer, a
 * command word without its object ("delete"), or only dates and tags without a title. The reply says
 * what the assistant can do instead of guessing.
 *
 * @param text the message as received, trimmed
 */
public record Unrecognized(String text) implements Command {
    public Unrecognized {
        Objects.requireNonNull(text, "text");
    }
}
