package dev.taskchat.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TagNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            home          | home
            #home         | home
            '  #Home  '   | home
            WORK          | work
            Side-Project  | side-project
            to_do         | to_do
            2026          | 2026
            a             | a
            """)
    void normalizes(String input, String expected) {
        assertThat(TagName.of(input).value()).isEqualTo(expected);
        assertThat(TagName.of(input)).isEqualTo(TagName.of(expected)).hasToString(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "#",
                "##home",
                "# home",
                "two words",
                "-home",
                "_home",
                "home!",
                "straße",
                "café",
                "home/work",
                "İstanbul",
                "домашний"
            })
    void rejectsInvalidNames(String input) {
        assertThatThrownBy(() -> TagName.of(input)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void allowsFiftyCharactersNotCountingTheHash() {
        String max = "a".repeat(50);

        assertThat(TagName.of(max).value()).isEqualTo(max);
        assertThat(TagName.of("#" + max).value()).isEqualTo(max);
        assertThatThrownBy(() -> TagName.of(max + "a")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ordersByName() {
        assertThat(new TreeSet<>(List.of(TagName.of("work"), TagName.of("#Errands"), TagName.of("home"))))
                .extracting(TagName::value)
                .containsExactly("errands", "home", "work");
    }
}
