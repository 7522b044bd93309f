package dev.taskchat.domain.conversation;

import java.util.Locale;

/** A message of the conversation proper, or a reminder the assistant delivered on its own. */
public enum MessageKind {
    CHAT,
    REMINDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessageKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
