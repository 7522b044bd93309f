package dev.taskchat.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.web.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreconditionsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"\"3\"|3", "W/\"3\"|3", " \"12\" |12", "\"abc\"|-1"})
    void readsTheVersionOfAnEntityTag(String ifMatch, long expected) {
        assertThat(Preconditions.expectedVersion(ifMatch)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"*", "", "  "})
    void noHeaderOrAStarMeansNoCheck(String ifMatch) {
        assertThat(Preconditions.expectedVersion(ifMatch)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\", \"4\"", "\""})
    void somethingThatIsNotOneEntityTagIsMalformed(String ifMatch) {
        assertThatThrownBy(() -> Preconditions.expectedVersion(ifMatch)).isInstanceOf(ProblemException.class);
    }
}
