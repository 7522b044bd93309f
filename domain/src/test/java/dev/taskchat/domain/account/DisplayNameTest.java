package dev.taskchat.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {
    @Test
    void strips() {
        assertThat(new DisplayName("  Ada Lovelace\n").value()).isEqualTo("Ada Lovelace");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void rejectsBlank(String value) {
        assertThatThrownBy(() -> new DisplayName(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must not be empty");
    }

    @Test
    void allowsAtMost100Characters() {
        assertThat(new DisplayName("n".repeat(100)).value()).hasSize(100);
        assertThat(new DisplayName(" " + "n".repeat(100) + " ").value()).hasSize(100);
        assertThatThrownBy(() -> new DisplayName("n".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\nLovelace", "Ada\tL", "Ada\u0000"})
    void rejectsControlCharacters(String value) {
        assertThatThrownBy(() -> new DisplayName(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be at most 100 characters on one line");
    }
}
