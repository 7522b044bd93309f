package dev.taskchat.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptionTest {
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n\t\n"})
    void blankMeansNone(String text) {
        assertThat(Description.normalize(text)).isNull();
    }

    @Test
    void stripsButKeepsLinesInside() {
        assertThat(Description.normalize("\n  first line\n\tsecond line  \n")).isEqualTo("first line\n\tsecond line");
    }

    @Test
    void allowsTenThousandCharactersAfterStripping() {
        String max = "x".repeat(Description.MAX_LENGTH);

        assertThat(Description.normalize(max)).isEqualTo(max);
        assertThat(Description.normalize(max + "\n")).isEqualTo(max);
        assertThatThrownBy(() -> Description.normalize(max + "y"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be at most 10000 characters");
    }
}
