package dev.taskchat.domain.task;

import dev.taskchat.domain.error.InvalidValueException;

/** Free text attached to a task: at most 10,000 characters; blank means none. */
public final class Description {
    public static final int MAX_LENGTH = 10_000;

    private Description() {}

    /** The description to store, or null when the text is null or blank. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidValueException("must be at most " + MAX_LENGTH + " characters");
        }
        return stripped;
    }
}
