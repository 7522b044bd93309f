package dev.taskchat.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Title;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules the command types keep themselves, whoever builds them. */
class CommandTypesTest {

    @Test
    void aDraftWithoutPriorityOrTagsHasNone() {
        TaskDraft draft = new TaskDraft(Title.of("Buy milk"), null, null, null, null, null);

        assertThat(draft.priority()).isEqualTo(Priority.NONE);
        assertThat(draft.tags()).isEmpty();
    }

    @Test
    void aDraftKeepsItsTagsInTheOrderWrittenAndCannotBeChanged() {
        Set<TagName> tags = new LinkedHashSet<>(List.of(TagName.of("work"), TagName.of("deep-work")));
        TaskDraft draft = new TaskDraft(Title.of("Review"), Priority.HIGH, tags, null, null, null);
        tags.clear();

        assertThat(draft.tags()).containsExactly(TagName.of("work"), TagName.of("deep-work"));
        assertThatThrownBy(() -> draft.tags().add(TagName.of("x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChangeWithoutTagsAddsNone() {
        assertThat(new TaskChange(null, null, null, Set.of(), null, null).addTags())
                .isNull();
        assertThat(new TaskChange(null, null, null, Set.of(), null, null).isEmpty())
                .isTrue();
        assertThat(TaskChange.addTags(Set.of(TagName.of("home"))).isEmpty()).isFalse();
        assertThat(TaskChange.rename(Title.of("New")).title()).isEqualTo(Title.of("New"));
    }

    @Test
    void aReminderBeforeTheDueTimeIsAPositiveSpan() {
        assertThatThrownBy(() -> new Reminder.Before(Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Reminder.Before(Duration.ofMinutes(-5))).isInstanceOf(InvalidValueException.class);
        assertThat(new Reminder.Before(Duration.ofMinutes(5)).before()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void referencesNameSomething() {
        assertThatThrownBy(() -> new TaskRef.ListPosition(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TaskRef.Titled("  ")).isInstanceOf(InvalidValueException.class);
        assertThat(new TaskRef.Titled("  dentist ").words()).isEqualTo("dentist");
    }
}
