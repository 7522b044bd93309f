package dev.taskchat.it.chat;

import static dev.taskchat.it.chat.Conversations.cardIds;
import static dev.taskchat.it.chat.Conversations.history;
import static dev.taskchat.it.chat.Conversations.say;
import static dev.taskchat.it.chat.Conversations.send;
import static dev.taskchat.it.chat.Conversations.seqs;
import static dev.taskchat.it.support.Jsons.obj;
import static dev.taskchat.it.support.Problems.assertClientProblem;
import static dev.taskchat.it.support.Problems.assertProblem;
import static dev.taskchat.it.support.Problems.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The chat's REST door (docs/CHAT.md, "REST"): conversations, sending a message, history, and bad input. */
public abstract class ChatTests {

    final Api api = Api.deployed();

    @Test
    void startsConversationsAndListsTheMostRecentlyActiveFirst() {
        TestUser user = api.newUser();

        Reply started = user.post("/api/conversations").json(obj()).send();
        started.expect(201);
        JsonObject first = started.json();
        assertThat(Jsons.string(first, "title")).isEqualTo("Chat");
        assertThat(Jsons.string(first, "createdAt")).isNotBlank();
        long firstId = Jsons.number(first, "id");
        assertThat(started.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/conversations/" + firstId));
        long secondId = Jsons.number(
                user.post("/api/conversations")
                        .json(obj("title", "Errands"))
                        .send()
                        .expect(201)
                        .json(),
                "id");
        assertThat(ids(Conversations.conversations(user))).containsExactly(secondId, firstId);

        say(user, firstId, "help", "c-1");

        List<JsonObject> listed = Conversations.conversations(user);
        assertThat(ids(listed)).containsExactly(firstId, secondId);
        assertThat(Jsons.number(listed.get(0), "lastSeq")).isEqualTo(2);
        assertThat(Jsons.string(listed.get(1), "title")).isEqualTo("Errands");
        assertThat(Jsons.number(listed.get(1), "lastSeq")).isZero();
        assertThat(Conversations.conversations(api.newUser())).isEmpty();
    }

    @Test
    void aMessageRunsAndIsAnsweredWithTheReplyAndTheTaskCard() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        LocalDate tomorrow = LocalDate.now(ZoneId.of(user.timeZone())).plusDays(1);

        JsonObject exchange = say(user, conversation, "add buy milk tomorrow", "c-1");

        JsonObject message = Jsons.object(exchange, "message");
        assertThat(Jsons.number(message, "seq")).isEqualTo(1);
        assertThat(Jsons.string(message, "role")).isEqualTo("user");
        assertThat(Jsons.string(message, "kind")).isEqualTo("chat");
        assertThat(Jsons.string(message, "text")).isEqualTo("add buy milk tomorrow");
        assertThat(Jsons.string(message, "clientMessageId")).isEqualTo("c-1");
        assertThat(Jsons.string(message, "createdAt")).isNotBlank();
        assertThat(Jsons.objects(message, "tasks")).isEmpty();
        JsonObject reply = Jsons.object(exchange, "reply");
        assertThat(Jsons.number(reply, "seq")).isEqualTo(2);
        assertThat(Jsons.string(reply, "role")).isEqualTo("assistant");
        assertThat(Jsons.string(reply, "kind")).isEqualTo("chat");
        assertThat(Jsons.string(reply, "text")).containsIgnoringCase("*buy milk*");
        List<JsonObject> cards = Jsons.objects(reply, "tasks");
        assertThat(cards).hasSize(1);
        assertThat(Jsons.string(cards.get(0), "title")).isEqualToIgnoringCase("buy milk");
        assertThat(Jsons.string(cards.get(0), "dueDate")).isEqualTo(tomorrow.toString());
        assertThat(user.allTaskIds()).containsExactly(Jsons.number(cards.get(0), "id"));
        assertThat(user.task(Jsons.number(cards.get(0), "id"))).isEqualTo(cards.get(0));
        assertThat(history(user, conversation, 0)).containsExactly(message, reply);
    }

    @Test
    void aListAsTheFirstMessageOfAConversationIsAnswered() {
        TestUser user = api.newUser();
        user.createTask(obj(
                "title",
                "Water the plants",
                "dueDate",
                LocalDate.now(ZoneId.of(user.timeZone())).toString()));
        long conversation = Conversations.start(user);

        Reply reply = send(user, conversation, "what's due this week?", "c-1");

        reply.expect(200);
        assertThat(Jsons.string(Jsons.object(reply.json(), "reply"), "text")).contains("1. *Water the plants*");
    }

    @Test
    void historyAnswersTheMessagesAfterASequenceNumberOldestFirst() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        say(user, conversation, "help", "c-1");
        say(user, conversation, "add buy bread", "c-2");
        say(user, conversation, "add buy butter", "c-3");

        assertThat(seqs(history(user, conversation, 0))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(seqs(history(user, conversation, 4))).containsExactly(5L, 6L);
        assertThat(history(user, conversation, 6)).isEmpty();
        JsonObject page = user.get("/api/conversations/" + conversation + "/messages")
                .query("after", 1)
                .query("limit", 2)
                .send()
                .expect(200)
                .json();
        assertThat(seqs(Jsons.objects(page, "items"))).containsExactly(2L, 3L);
        assertThat(Jsons.string(Jsons.objects(page, "items").get(1), "text")).isEqualTo("add buy bread");
        for (String[] bad : List.of(
                new String[] {"limit", "0"}, new String[] {"limit", "501"}, new String[] {"after", "-1"}, new String[] {
                    "after", "x"
                })) {
            assertClientProblem(user.get("/api/conversations/" + conversation + "/messages")
                    .query(bad[0], bad[1])
                    .send());
        }
    }

    @Test
    void anotherUsersConversationIsNotFound() {
        TestUser owner = api.newUser();
        TestUser stranger = api.newUser();
        long conversation = Conversations.start(owner);
        say(owner, conversation, "add buy milk", "c-1");

        assertProblem(
                stranger.get("/api/conversations/" + conversation + "/messages").send(), 404, "not-found");
        assertProblem(send(stranger, conversation, "add steal the milk", "c-2"), 404, "not-found");
        assertProblem(send(owner, Long.MAX_VALUE, "hello", "c-3"), 404, "not-found");
        assertThat(Conversations.conversations(stranger)).isEmpty();
        assertThat(stranger.taskCount()).isZero();
        assertThat(history(owner, conversation, 0)).hasSize(2);
        assertProblem(api.get("/api/conversations").send(), 401, "unauthenticated");
    }

    @Test
    void emptyOrOversizedMessagesAnswer422AndAreNotStored() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);

        assertValidation(send(user, conversation, "", "c-1"), "text");
        assertValidation(send(user, conversation, "   ", "c-2"), "text");
        assertValidation(send(user, conversation, "a".repeat(2_001), "c-3"), "text");
        assertValidation(send(user, conversation, "add buy milk", "c".repeat(101)), "clientMessageId");
        assertValidation(
                user.post("/api/conversations/" + conversation + "/messages")
                        .json(obj("clientMessageId", "c-4"))
                        .send(),
                "text");

        assertThat(history(user, conversation, 0)).isEmpty();
        assertThat(user.taskCount()).isZero();
        send(user, conversation, "a".repeat(2_000), "c-5").expect(200);
    }

    @Test
    void theSameClientMessageIdTwiceAnswersTheSameExchangeAndRunsOnce() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);

        JsonObject first = say(user, conversation, "add pay the electricity bill", "c-1");
        JsonObject again = say(user, conversation, "add pay the electricity bill", "c-1");

        assertThat(again).isEqualTo(first);
        assertThat(user.allTaskIds()).containsExactlyElementsOf(cardIds(Jsons.object(first, "reply")));
        assertThat(history(user, conversation, 0)).hasSize(2);
        JsonObject other = say(user, conversation, "add pay the electricity bill", "c-2");
        assertThat(Jsons.number(Jsons.object(other, "message"), "seq")).isEqualTo(3);
        assertThat(user.taskCount()).as("another client id is another message").isEqualTo(2);
    }

    @Test
    void concurrentResendsOfOneMessageRunItOnce() throws Exception {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        int clients = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<JsonObject> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JsonObject>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return say(user, conversation, "add renew the passport", "c-1");
                }));
            }
            go.countDown();
            for (Future<JsonObject> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(user.taskCount()).isEqualTo(1);
        assertThat(history(user, conversation, 0)).hasSize(2);
    }

    @Test
    void undoBringsBackADeletedTaskAsItWas() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        JsonObject added = Jsons.objects(
                        Jsons.object(
                                say(user, conversation, "add renew the passport tomorrow #admin p2", "c-1"), "reply"),
                        "tasks")
                .get(0);

        JsonObject deleted = Jsons.object(say(user, conversation, "delete renew the passport", "c-2"), "reply");
        assertThat(Jsons.string(deleted, "text")).startsWith("Deleted");
        assertThat(user.taskCount()).isZero();
        JsonObject undone = Jsons.object(say(user, conversation, "undo", "c-3"), "reply");

        assertThat(Jsons.string(undone, "text")).startsWith("Undone:");
        List<Long> ids = user.allTaskIds();
        assertThat(ids).hasSize(1);
        JsonObject back = user.task(ids.get(0));
        for (String field : List.of("title", "dueDate", "dueTime", "priority", "tags", "recurrence", "remindAt")) {
            assertThat(back.get(field)).as(field).isEqualTo(added.get(field));
        }
        assertThat(cardIds(undone)).containsExactly(ids.get(0));
    }

    private static List<Long> ids(List<JsonObject> conversations) {
        return conversations.stream().map(c -> Jsons.number(c, "id")).toList();
    }
}
