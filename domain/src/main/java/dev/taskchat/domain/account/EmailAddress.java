package dev.taskchat.domain.account;

import dev.taskchat.domain.error.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that one mailbox is one account. */
public record EmailAddress(String value) {
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("must not be empty");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !PLAUSIBLE.matcher(value).matches()) {
            throw new InvalidValueException("must be an e-mail address like name@example.com");
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
