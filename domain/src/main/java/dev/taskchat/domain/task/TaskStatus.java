package dev.taskchat.domain.task;

import dev.taskchat.domain.error.InvalidValueException;
import java.util.Locale;

/** Which tasks a list shows: open ones (the default), completed ones, or all. */
public enum TaskStatus {
    OPEN,
    COMPLETED,
    ALL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus ofCode(String code) {
        for (TaskStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new InvalidValueException("must be open, completed or all");
    }
}
