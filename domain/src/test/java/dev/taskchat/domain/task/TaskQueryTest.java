package dev.taskchat.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small query types a task list is asked with: {@link TaskSort}, {@link TaskStatus}, {@link TaskFilter}, {@link TaskPage}. */
class TaskQueryTest {
    @ParameterizedTest
    @CsvSource({"due, DUE", "priority, PRIORITY", "created, CREATED", "-created, CREATED_DESC"})
    void sortCodes(String code, TaskSort expected) {
        assertThat(TaskSort.ofCode(code)).isEqualTo(expected);
        assertThat(expected.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"DUE", "-due", "title"})
    void unknownSortIsRejected(String code) {
        assertThatThrownBy(() -> TaskSort.ofCode(code)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"open, OPEN", "completed, COMPLETED", "all, ALL"})
    void statusCodes(String code, TaskStatus expected) {
        assertThat(TaskStatus.ofCode(code)).isEqualTo(expected);
        assertThat(expected.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"OPEN", "done"})
    void unknownStatusIsRejected(String code) {
        assertThatThrownBy(() -> TaskStatus.ofCode(code)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void filterTreatsBlankTextAsNoFilterAndNeedsAStatus() {
        assertThat(new TaskFilter(TaskStatus.ALL, null, null, null, null, "  ").text())
                .isNull();
        assertThat(TaskFilter.open()).isEqualTo(new TaskFilter(TaskStatus.OPEN, null, null, null, null, null));
        assertThatThrownBy(() -> new TaskFilter(null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void pageCopiesItsItems() {
        List<Task> items = new ArrayList<>();
        TaskPage page = new TaskPage(items, "cursor");
        items.add(Task.create(
                1, TaskDetails.titled("x"), Set.of(), ZoneOffset.UTC, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo("cursor");
    }
}
