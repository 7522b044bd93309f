package dev.taskchat.persistence.conversation;

import static dev.taskchat.persistence.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.domain.conversation.AssistantChange;
import dev.taskchat.domain.conversation.UndoStep;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.TaskSnapshot;
import dev.taskchat.domain.task.Title;
import dev.taskchat.persistence.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JpaAssistantChangeRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final long owner = TestDatabase.newUser();
    private final long conversation = newConversation(owner);

    @Test
    void undoWalksBackThroughTheChangesNewestFirst() {
        record(conversation, 2, "added *Buy milk*", List.of(new UndoStep.Delete(1)), NOW);
        record(conversation, 4, "added *Buy bread*", List.of(new UndoStep.Delete(2)), NOW.plusSeconds(1));
        record(conversation, 6, "added *Pay rent*", List.of(new UndoStep.Delete(3)), NOW.plusSeconds(2));

        AssistantChange third = latest(conversation).orElseThrow();
        assertThat(third.conversationId()).isEqualTo(conversation);
        assertThat(third.messageSeq()).isEqualTo(6);
        assertThat(third.summary()).isEqualTo("added *Pay rent*");
        assertThat(third.steps()).containsExactly(new UndoStep.Delete(3));
        assertThat(third.createdAt()).isEqualTo(NOW.plusSeconds(2));

        markUndone(third.id());
        AssistantChange second = latest(conversation).orElseThrow();
        assertThat(second.summary()).isEqualTo("added *Buy bread*");
        assertThat(second.id()).isLessThan(third.id());

        markUndone(second.id());
        AssistantChange first = latest(conversation).orElseThrow();
        assertThat(first.summary()).isEqualTo("added *Buy milk*");

        markUndone(first.id());
        assertThat(latest(conversation)).as("nothing left to undo").isEmpty();

        record(conversation, 8, "added *Call mom*", List.of(new UndoStep.Delete(4)), NOW.plusSeconds(3));
        assertThat(latest(conversation).orElseThrow().summary()).isEqualTo("added *Call mom*");
    }

    @Test
    void changesBelongToTheirConversation() {
        long other = newConversation(owner);
        record(conversation, 2, "added *Mine*", List.of(new UndoStep.Delete(1)), NOW);

        assertThat(latest(other)).isEmpty();
        record(other, 2, "added *Theirs*", List.of(new UndoStep.Delete(2)), NOW.plusSeconds(5));
        assertThat(latest(conversation).orElseThrow().summary()).isEqualTo("added *Mine*");
        assertThat(latest(other).orElseThrow().summary()).isEqualTo("added *Theirs*");
    }

    @Test
    void everyKindOfStepRoundTripsExactly() {
        TaskSnapshot full = new TaskSnapshot(
                new TaskDetails(
                        Title.of("Pay \"rent\" — ünïcødé ✓ {\"op\":\"x\"}"),
                        "to the landlord\nsecond line",
                        Priority.URGENT,
                        Due.at(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0)),
                        Instant.parse("2026-12-01T07:30:00.123456Z"),
                        Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1", true)),
                List.of("home", "deep-work"),
                Instant.parse("2026-11-22T10:15:30.654321Z"));
        TaskSnapshot allDay = new TaskSnapshot(
                new TaskDetails(
                        Title.of("Water the plants"),
                        null,
                        Priority.LOW,
                        Due.on(LocalDate.of(2027, 1, 31)),
                        null,
                        Recurrence.parse("FREQ=WEEKLY;COUNT=5", false)),
                List.of("home"),
                null);
        TaskSnapshot bare = new TaskSnapshot(TaskDetails.titled("Buy milk"), List.of(), null);
        List<UndoStep> steps = List.of(
                new UndoStep.Restore(7, full),
                new UndoStep.Delete(3_000_000_000L),
                new UndoStep.Recreate(bare),
                new UndoStep.Restore(8, allDay),
                new UndoStep.Recreate(full));

        record(conversation, 2, "completed *Pay rent*", steps, NOW);

        assertThat(latest(conversation).orElseThrow().steps()).isEqualTo(steps);
        assertThat(UndoStepsJson.read(UndoStepsJson.write(steps))).isEqualTo(steps);
    }

    private static long newConversation(long user) {
        return inTransaction(em -> new JpaConversationRepository(em).create(user, "chat", NOW))
                .id();
    }

    private static void record(long conversationId, long seq, String summary, List<UndoStep> steps, Instant now) {
        TestDatabase.run(em -> new JpaAssistantChangeRepository(em).record(conversationId, seq, summary, steps, now));
    }

    private static Optional<AssistantChange> latest(long conversationId) {
        return inTransaction(em -> new JpaAssistantChangeRepository(em).latestNotUndone(conversationId));
    }

    private static void markUndone(long changeId) {
        TestDatabase.run(em -> new JpaAssistantChangeRepository(em).markUndone(changeId, NOW.plusSeconds(60)));
    }
}
