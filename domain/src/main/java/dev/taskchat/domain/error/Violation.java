package dev.taskchat.domain.error;

import java.util.Objects;

/** One problem with one field of some input, e.g. {@code ("dueTime", "needs a dueDate")}. */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
