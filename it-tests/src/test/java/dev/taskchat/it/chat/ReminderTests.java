package dev.taskchat.it.chat;

import static dev.taskchat.it.chat.Conversations.cardIds;
import static dev.taskchat.it.chat.Conversations.history;
import static dev.taskchat.it.support.ChatSocket.type;
import static dev.taskchat.it.support.Jsons.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.ChatSocket;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reminders (docs/CHAT.md, "Reminders"), delivered by the scheduler, which looks every second in these tests
 * ({@code taskchat.reminders.interval=PT1S} in the failsafe configuration).
 */
public abstract class ReminderTests {

    /** Several scheduler intervals, on a loaded machine. */
    private static final Duration DELIVERY = Duration.ofSeconds(15);

    final Api api = Api.deployed();

    @Test
    void aDueReminderIsStoredOnceAndPushedToEveryOpenSocket() throws InterruptedException {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        TestUser newcomer = api.newUser();
        long passport;
        try (ChatSocket tab = ChatSocket.connect(user);
                ChatSocket otherTab = ChatSocket.connect(user)) {
            Instant soon = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            long mom = Jsons.number(user.createTask(obj("title", "Call mom", "remindAt", soon.toString())), "id");
            // due an hour ago, as if no instance had run since: delivered at once, in a conversation of its own
            passport = Jsons.number(
                    newcomer.createTask(obj(
                            "title",
                            "Renew the passport",
                            "remindAt",
                            Instant.now()
                                    .minus(1, ChronoUnit.HOURS)
                                    .truncatedTo(ChronoUnit.SECONDS)
                                    .toString())),
                    "id");

            JsonObject delivered = reminder(tab, mom);
            assertThat(Jsons.number(delivered, "conversationId")).isEqualTo(conversation);
            JsonObject message = Jsons.object(delivered, "message");
            assertThat(Jsons.string(message, "role")).isEqualTo("assistant");
            assertThat(Jsons.string(message, "kind")).isEqualTo("reminder");
            assertThat(Jsons.string(message, "text")).contains("Call mom");
            assertThat(cardIds(message)).containsExactly(mom);
            assertThat(OffsetDateTime.parse(Jsons.string(message, "createdAt")).toInstant())
                    .as("not delivered before it is due")
                    .isAfterOrEqualTo(soon);
            assertThat(Jsons.object(reminder(otherTab, mom), "message")).isEqualTo(message);

            // a new reminder time is a new reminder; waiting for it lets the scheduler run a few more times
            user.patch("/api/tasks/" + mom)
                    .body(
                            "application/merge-patch+json",
                            obj("remindAt", Instant.now().plusSeconds(1).toString())
                                    .toString())
                    .send()
                    .expect(200);
            JsonObject again = Jsons.object(reminder(tab, mom), "message");
            assertThat(Jsons.number(again, "seq")).isGreaterThan(Jsons.number(message, "seq"));
            Jsons.object(reminder(otherTab, mom), "message");

            List<JsonObject> reminders = reminders(history(user, conversation, 0));
            assertThat(Conversations.seqs(reminders))
                    .as("one message per reminder time (cards show the task as it is now)")
                    .containsExactly(Jsons.number(message, "seq"), Jsons.number(again, "seq"));
            tab.roundTrip();
            otherTab.roundTrip();
            assertThat(tab.drain()).as("no reminder pushed twice").noneMatch(ReminderTests::isReminder);
            assertThat(otherTab.drain()).noneMatch(ReminderTests::isReminder);
        }

        List<JsonObject> started = awaitConversations(newcomer);
        assertThat(started).hasSize(1);
        assertThat(Jsons.string(started.get(0), "title")).isEqualTo("Reminders");
        List<JsonObject> stored = history(newcomer, Jsons.number(started.get(0), "id"), 0);
        assertThat(stored).hasSize(1);
        assertThat(reminders(stored)).hasSize(1);
        assertThat(cardIds(stored.get(0))).containsExactly(passport);
        assertThat(Jsons.string(stored.get(0), "text")).contains("Renew the passport");
    }

    /** The next reminder message about {@code taskId} on {@code socket}. */
    private static JsonObject reminder(ChatSocket socket, long taskId) {
        return socket.next(
                frame -> isReminder(frame)
                        && cardIds(Jsons.object(frame, "message")).contains(taskId),
                DELIVERY,
                "a reminder of task " + taskId);
    }

    private static boolean isReminder(JsonObject frame) {
        return "message".equals(type(frame)) && "reminder".equals(Jsons.string(Jsons.object(frame, "message"), "kind"));
    }

    private static List<JsonObject> reminders(List<JsonObject> messages) {
        return messages.stream()
                .filter(message -> "reminder".equals(Jsons.string(message, "kind")))
                .toList();
    }

    /** The user's conversations once there is one (the scheduler starts it), polling up to {@link #DELIVERY}. */
    private static List<JsonObject> awaitConversations(TestUser user) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        List<JsonObject> conversations = Conversations.conversations(user);
        while (conversations.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            conversations = Conversations.conversations(user);
        }
        return conversations;
    }
}
