package dev.taskchat.domain.conversation;

import java.util.Locale;

/** Who wrote a message. */
public enum Role {
    USER,
    ASSISTANT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
