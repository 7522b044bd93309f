package dev.taskchat.domain.account;

import dev.taskchat.domain.error.InvalidValueException;

/** The rules a new password must meet. Passwords themselves are never kept; see {@link PasswordHasher}. */
public final class Password {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    private Password() {}

    public static String requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException("must be at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw new InvalidValueException("must not be only spaces");
        }
        return password;
    }
}
