package dev.taskchat.it.chat;

import static dev.taskchat.it.chat.ChatSocketTests.assertTaskFrame;
import static dev.taskchat.it.chat.Conversations.cardIds;
import static dev.taskchat.it.chat.Conversations.seqs;
import static dev.taskchat.it.support.ChatSocket.type;
import static dev.taskchat.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.ChatSocket;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough of issue 3 over the WebSocket, with a second tab watching: add a repeating task in one
 * sentence, list the week, complete by number, undo, complete a repeating task and undo its next occurrence.
 */
public abstract class WalkthroughTests {

    final Api api = Api.deployed();

    @Test
    void payRentListTheWeekCompleteByNumberAndUndo() {
        TestUser user = api.newUser();
        LocalDate today = LocalDate.now(ZoneId.of(user.timeZone()));
        long conversation = Conversations.start(user);
        try (ChatSocket tab = ChatSocket.connect(user);
                ChatSocket otherTab = ChatSocket.connect(user)) {
            // "pay rent every month on the 1st at 9am #home p1": the reply says what was understood
            JsonObject added = reply(tab.say(conversation, "w-1", "pay rent every month on the 1st at 9am #home p1"));
            List<JsonObject> cards = Jsons.objects(added, "tasks");
            assertThat(cards).hasSize(1);
            JsonObject rent = cards.get(0);
            long rentId = Jsons.number(rent, "id");
            LocalDate due = LocalDate.parse(Jsons.string(rent, "dueDate"));
            assertThat(Jsons.string(rent, "title")).isEqualToIgnoringCase("pay rent");
            assertThat(due.getDayOfMonth()).isEqualTo(1);
            assertThat(due).isAfterOrEqualTo(today).isBefore(today.plusMonths(1).plusDays(1));
            assertThat(Jsons.string(rent, "dueTime")).isEqualTo("09:00");
            assertThat(Jsons.string(rent, "recurrence")).contains("FREQ=MONTHLY");
            assertThat(Jsons.strings(rent, "tags")).containsExactly("home");
            assertThat(Jsons.string(rent, "priority")).isEqualTo("urgent");
            assertThat(text(added))
                    .containsIgnoringCase("*pay rent*")
                    .contains("due " + day(due, today) + " 09:00")
                    .contains("monthly")
                    .contains("#home")
                    .contains("urgent");
            assertTaskFrame(otherTab.next("task"), "created", rentId);

            long plants = cardIds(reply(tab.say(conversation, "w-2", "water the plants today")))
                    .get(0);
            long plumber = cardIds(reply(tab.say(conversation, "w-3", "call the plumber today")))
                    .get(0);

            // "what's due this week?": a numbered list, its cards in the order shown
            JsonObject week = reply(tab.say(conversation, "w-4", "what's due this week?"));
            List<Long> listed = cardIds(week);
            assertThat(listed).contains(plants, plumber);
            for (int i = 0; i < listed.size(); i++) {
                String title = Jsons.string(Jsons.objects(week, "tasks").get(i), "title");
                assertThat(text(week)).as("line %s", i + 1).contains("\n" + (i + 1) + ". *" + title + "*");
            }

            // "done 2" completes the second one listed; "undo" opens it again
            long second = listed.get(1);
            JsonObject done = reply(tab.say(conversation, "w-5", "done 2"));
            assertThat(cardIds(done).get(0)).isEqualTo(second);
            assertThat(text(done)).startsWith("Done:");
            assertThat(Jsons.bool(user.task(second), "completed")).isTrue();
            JsonObject undone = reply(tab.say(conversation, "w-6", "undo"));
            assertThat(text(undone)).startsWith("Undone:").contains("completed");
            assertThat(Jsons.bool(user.task(second), "completed")).isFalse();

            // completing the repeating task creates its next occurrence; "undo" removes it again
            JsonObject paid = reply(tab.say(conversation, "w-7", "done pay rent"));
            List<Long> paidCards = cardIds(paid);
            assertThat(paidCards).hasSize(2).startsWith(rentId);
            long next = paidCards.get(1);
            assertThat(Jsons.bool(user.task(rentId), "completed")).isTrue();
            assertThat(Jsons.string(user.task(next), "dueDate"))
                    .isEqualTo(due.plusMonths(1).toString());
            assertThat(text(reply(tab.say(conversation, "w-8", "undo")))).startsWith("Undone:");
            assertThat(Jsons.bool(user.task(rentId), "completed")).isFalse();
            assertProblem(user.get("/api/tasks/" + next).send(), 404, "not-found");

            // "undo" again walks further back: the plumber, added earlier, goes
            assertThat(text(reply(tab.say(conversation, "w-9", "undo"))))
                    .startsWith("Undone:")
                    .containsIgnoringCase("plumber");
            assertProblem(user.get("/api/tasks/" + plumber).send(), 404, "not-found");
            assertThat(user.allTaskIds()).containsExactlyInAnyOrder(rentId, plants);

            // the other tab saw every message and the changes, the first only its replies
            tab.roundTrip();
            otherTab.roundTrip();
            List<JsonObject> seen = otherTab.drain();
            List<JsonObject> messages = seen.stream()
                    .filter(frame -> "message".equals(type(frame)))
                    .map(frame -> Jsons.object(frame, "message"))
                    .toList();
            assertThat(seqs(messages))
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, 18).boxed().toList());
            assertThat(seen.stream()
                            .filter(frame ->
                                    "task".equals(type(frame)) && "deleted".equals(Jsons.string(frame, "change")))
                            .map(frame -> Jsons.number(frame, "taskId")))
                    .containsExactlyInAnyOrder(next, plumber);
            assertThat(tab.drain().stream().filter(frame -> "message".equals(type(frame))))
                    .isEmpty();
        }
    }

    private static JsonObject reply(JsonObject replyFrame) {
        return Jsons.object(replyFrame, "reply");
    }

    private static String text(JsonObject message) {
        return Jsons.string(message, "text");
    }

    /** A day as the assistant words it: "today", "tomorrow", "Tue 1 Dec", "Fri 1 Jan 2027". */
    private static String day(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "today";
        }
        if (date.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        String pattern = date.getYear() == today.getYear() ? "EEE d MMM" : "EEE d MMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }
}
