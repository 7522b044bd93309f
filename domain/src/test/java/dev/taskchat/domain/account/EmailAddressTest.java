package dev.taskchat.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ada@example.com               | ada@example.com
            '  Ada.Lovelace@Example.COM ' | ada.lovelace@example.com
            a+tasks@mail.example.co.uk    | a+tasks@mail.example.co.uk
            x@y.z                         | x@y.z
            """)
    void trimsAndLowerCases(String input, String expected) {
        assertThat(EmailAddress.of(input).value()).isEqualTo(expected);
        assertThat(EmailAddress.of(input)).isEqualTo(EmailAddress.of(expected)).hasToString(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "ada",
                "ada@example",
                "@example.com",
                "ada@",
                "ada@@example.com",
                "a b@example.com",
                "ada@exa mple.com",
                "ada@example.",
                "ada@.com"
            })
    void rejectsImplausibleAddresses(String input) {
        assertThatThrownBy(() -> EmailAddress.of(input)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void allowsAtMost254Characters() {
        String domain = "@example.com";
        String longest = "a".repeat(254 - domain.length()) + domain;

        assertThat(EmailAddress.of(longest).value()).hasSize(254);
        assertThatThrownBy(() -> EmailAddress.of("a" + longest)).isInstanceOf(InvalidValueException.class);
    }
}
