package dev.taskchat.domain.account;

import dev.taskchat.domain.error.InvalidValueException;

/** What the assistant calls a user: 1 to 100 characters on one line. */
public record DisplayName(String value) {
    public DisplayName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("must not be empty");
        }
        value = value.strip();
        if (value.length() > 100 || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("must be at most 100 characters on one line");
        }
    }
}
