package dev.taskchat.domain.task;

import dev.taskchat.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How important a task is. {@code p1}…{@code p4} are the quick-add shorthands for urgent…low. */
public enum Priority {
    NONE(0),
    LOW(1),
    MEDIUM(2),
    HIGH(3),
    URGENT(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /** Higher is more important; {@link #NONE} is 0. */
    public int rank() {
        return rank;
    }

    /** The name used in the API and the database: {@code none}, {@code low}, … {@code urgent}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority ofCode(String code) {
        if (code != null) {
            for (Priority priority : values()) {
                if (priority.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return priority;
                }
            }
        }
        throw new InvalidValueException(
                "must be one of " + Arrays.stream(values()).map(Priority::code).collect(Collectors.joining(", ")));
    }

    /** The priority of {@link #rank()} {@code rank}: 0 is none, 4 is urgent. */
    public static Priority ofRank(int rank) {
        for (Priority priority : values()) {
            if (priority.rank == rank) {
                return priority;
            }
        }
        throw new InvalidValueException("priority ranks are 0 (none) to 4 (urgent), not " + rank);
    }

    /** {@code 1} is urgent, {@code 4} is low, as in "p1". */
    public static Priority ofLevel(int level) {
        return switch (level) {
            case 1 -> URGENT;
            case 2 -> HIGH;
            case 3 -> MEDIUM;
            case 4 -> LOW;
            default -> throw new InvalidValueException("priority levels are p1 (urgent) to p4 (low)");
        };
    }
}
