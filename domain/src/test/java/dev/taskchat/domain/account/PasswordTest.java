package dev.taskchat.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {
    @ParameterizedTest
    @ValueSource(ints = {8, 9, 100, 200})
    void acceptsEightTo200CharactersAsTheyAre(int length) {
        String password = " " + "p".repeat(length - 2) + " ";

        assertThat(Password.requireAcceptable(password)).isSameAs(password);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1234567      | must be at least 8 characters
            ''           | must be at least 8 characters
            '        '   | must not be only spaces
            '\t\t\t\t\t\t\t\t' | must not be only spaces
            """)
    void rejects(String password, String message) {
        assertThatThrownBy(() -> Password.requireAcceptable(password))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 10_000})
    void rejectsTooLong(int length) {
        assertThatThrownBy(() -> Password.requireAcceptable("p".repeat(length)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be at most 200 characters");
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertThatThrownBy(() -> Password.requireAcceptable(null)).isInstanceOf(InvalidValueException.class);
    }
}
