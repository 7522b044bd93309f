package dev.taskchat.domain.assistant;

import dev.taskchat.domain.error.InvalidValueException;

/**
 * Which task a message means. The executor resolves it; when {@link Titled} matches several tasks it
 * lists them and asks, and it never guesses on a destructive action.
 */
public sealed interface TaskRef {

    /** "2", "#2", "the second one": an item of the last list shown, counted from 1. */
    record ListPosition(int number) implements TaskRef {
        public ListPosition {
            if (number < 1) {
                throw new InvalidValueException("list positions start at 1");
            }
        }
    }

    /**
     * "id:42": the task with that id, exactly. Task cards name their task this way when their buttons
     * send "done id:42", so the action is the assistant's (and "undo" takes it back).
     */
    record Id(long id) implements TaskRef {}

    /** "it", "that": the task the conversation last touched. */
    record LastTouched() implements TaskRef {}

    /** Words to find in a title ("dentist" from "the dentist task"), as typed. */
    record Titled(String words) implements TaskRef {
        public Titled {
            if (words == null || words.isBlank()) {
                throw new InvalidValueException("must name the task");
            }
            words = words.strip();
        }
    }
}
