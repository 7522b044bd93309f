package dev.taskchat.domain.assistant;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/** When to remind the owner of a task; the executor turns it into an instant in the owner's zone. */
public sealed interface Reminder {

    /** When the task falls due ("remind me to call mom at 6pm"). */
    record AtDue() implements Reminder {}

    /** This long before the task falls due ("remind me 30 min before"). */
    record Before(Duration before) implements Reminder {
        public Before {
            Objects.requireNonNull(before, "before");
            if (before.isNegative() || before.isZero()) {
                throw new InvalidValueException("must be a positive duration");
            }
        }
    }

    /** At a local date and time in the owner's zone ("remind me at 8am"). */
    record At(LocalDateTime at) implements Reminder {
        public At {
            Objects.requireNonNull(at, "at");
        }
    }
}
