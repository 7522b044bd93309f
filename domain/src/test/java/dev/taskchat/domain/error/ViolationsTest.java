package dev.taskchat.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Title;
import org.junit.jupiter.api.Test;

class ViolationsTest {
    @Test
    void readReturnsTheValueWhenItConverts() {
        Violations violations = new Violations();

        assertThat(violations.read("title", () -> Title.of(" Pay rent "))).isEqualTo(Title.of("Pay rent"));
        assertThat(violations.isEmpty()).isTrue();
        violations.throwIfAny();
    }

    @Test
    void collectsEveryFailureAndReadReturnsNull() {
        Violations violations = new Violations();

        Title title = violations.read("title", () -> Title.of(" "));
        Priority priority = violations.read("priority", () -> Priority.ofCode("critical"));
        violations.check(false, "dueTime", "needs a dueDate");
        violations.check(true, "remindAt", "never added");

        assertThat(title).isNull();
        assertThat(priority).isNull();
        assertThat(violations.isEmpty()).isFalse();
        assertThat(violations.has("title")).isTrue();
        assertThat(violations.has("remindAt")).isFalse();
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("title", "must not be empty"),
                                new Violation("priority", "must be one of none, low, medium, high, urgent"),
                                new Violation("dueTime", "needs a dueDate")))
                .hasMessage("title must not be empty; priority must be one of none, low, medium, high, urgent;"
                        + " dueTime needs a dueDate");
    }

    @Test
    void readKeepsTheFieldsOfANestedValidationFailure() {
        Violations violations = new Violations();

        Object result = violations.read("task", () -> {
            throw new ValidationException("remindAt", "must not be after the task is due");
        });

        assertThat(result).isNull();
        assertThat(violations.has("remindAt")).isTrue();
        assertThat(violations.has("task")).isFalse();
    }

    @Test
    void otherExceptionsAreNotViolations() {
        Violations violations = new Violations();

        assertThatThrownBy(() -> violations.read("title", () -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(violations.isEmpty()).isTrue();
    }
}
