package dev.taskchat.domain.task;

import dev.taskchat.domain.error.InvalidValueException;

/** A task's title: trimmed, 1 to 500 characters, one line. */
public record Title(String value) {
    public static final int MAX_LENGTH = 500;

    public Title {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("must not be empty");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("must be at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("must be a single line without control characters");
        }
    }

    public static Title of(String value) {
        return new Title(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
