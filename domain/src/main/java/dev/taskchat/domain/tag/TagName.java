package dev.taskchat.domain.tag;

import dev.taskchat.domain.error.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A tag's name: lower-cased, 1–50 letters, digits, '-' or '_', starting with a letter or digit; a leading '#' is dropped. */
public record TagName(String value) implements Comparable<TagName> {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    public TagName {
        if (value == null) {
            throw new InvalidValueException("must not be empty");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("#")) {
            value = value.substring(1);
        }
        if (!VALID.matcher(value).matches()) {
            throw new InvalidValueException(
                    "must be 1 to 50 letters, digits, '-' or '_' (starting with a letter or digit)");
        }
    }

    public static TagName of(String value) {
        return new TagName(value);
    }

    @Override
    public int compareTo(TagName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
