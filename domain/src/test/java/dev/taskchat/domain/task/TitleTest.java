package dev.taskchat.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleTest {
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "\u2003"})
    void rejectsBlank(String value) {
        assertThatThrownBy(() -> Title.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must not be empty");
    }

    @Test
    void stripsSurroundingWhitespace() {
        assertThat(Title.of("  Pay rent \t").value()).isEqualTo("Pay rent");
        assertThat(Title.of("  Pay rent \t")).isEqualTo(Title.of("Pay rent")).hasToString("Pay rent");
    }

    @Test
    void allowsFiveHundredCharactersAfterStripping() {
        String max = "x".repeat(Title.MAX_LENGTH);

        assertThat(Title.of(max).value()).hasSize(500);
        assertThat(Title.of("  " + max + "  ").value()).isEqualTo(max);
        assertThatThrownBy(() -> Title.of(max + "y"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be at most 500 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "tab\tinside", "bell\u0007", "nul\u0000", "del\u007f", "next\u0085line"})
    void rejectsControlCharactersInside(String value) {
        assertThatThrownBy(() -> Title.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Größe ändern", "買い物", "Pay rent 💸", "#home p1 – tomorrow"})
    void acceptsAnyPrintableText(String value) {
        assertThat(Title.of(value).value()).isEqualTo(value);
    }
}
