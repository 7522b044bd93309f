package dev.taskchat.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityTest {
    @ParameterizedTest
    @CsvSource({
        "none, NONE",
        "low, LOW",
        "medium, MEDIUM",
        "high, HIGH",
        "urgent, URGENT",
        "URGENT, URGENT",
        "' High ', HIGH"
    })
    void ofCodeIgnoresCaseAndSpaces(String code, Priority expected) {
        assertThat(Priority.ofCode(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"p1", "critical", "4", "hi"})
    void ofCodeRejectsOthers(String code) {
        assertThatThrownBy(() -> Priority.ofCode(code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be one of none, low, medium, high, urgent");
    }

    @ParameterizedTest
    @EnumSource(Priority.class)
    void codeRoundTrips(Priority priority) {
        assertThat(Priority.ofCode(priority.code())).isSameAs(priority);
    }

    @ParameterizedTest
    @CsvSource({"1, URGENT", "2, HIGH", "3, MEDIUM", "4, LOW"})
    void levelsAreP1ToP4(int level, Priority expected) {
        assertThat(Priority.ofLevel(level)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, 100})
    void otherLevelsAreRejected(int level) {
        assertThatThrownBy(() -> Priority.ofLevel(level)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @EnumSource(Priority.class)
    void rankRoundTrips(Priority priority) {
        assertThat(Priority.ofRank(priority.rank())).isSameAs(priority);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5, 100})
    void otherRanksAreRejected(int rank) {
        assertThatThrownBy(() -> Priority.ofRank(rank))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("priority ranks are 0 (none) to 4 (urgent), not " + rank);
    }

    @Test
    void rankOrdersByImportance() {
        assertThat(Priority.values()).extracting(Priority::rank).containsExactly(0, 1, 2, 3, 4);
        assertThat(Priority.ofLevel(1).rank()).isGreaterThan(Priority.ofLevel(4).rank());
    }
}
