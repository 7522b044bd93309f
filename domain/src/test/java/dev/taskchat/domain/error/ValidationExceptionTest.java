package dev.taskchat.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
    @Test
    void needsAtLeastOneViolation() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsACopyOfItsViolations() {
        List<Violation> found = new ArrayList<>(List.of(new Violation("title", "must not be empty")));
        ValidationException exception = new ValidationException(found);

        found.add(new Violation("priority", "late addition"));

        assertThat(exception.violations()).containsExactly(new Violation("title", "must not be empty"));
        assertThat(exception).isInstanceOf(DomainException.class).hasMessage("title must not be empty");
    }

    @Test
    void aViolationNeedsFieldAndMessage() {
        assertThatThrownBy(() -> new Violation(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("x", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void otherFailuresCarryTheirDetails() {
        assertThat(new StaleVersionException("task 5", 2, 3))
                .hasMessage("task 5 is at version 3, not 2: it was changed since you read it")
                .extracting(StaleVersionException::currentVersion)
                .isEqualTo(3L);
        assertThat(new ConflictException("email-taken", "already registered").reason())
                .isEqualTo("email-taken");
        assertThat(new NotFoundException("task", 42)).hasMessage("task 42 does not exist");
    }
}
