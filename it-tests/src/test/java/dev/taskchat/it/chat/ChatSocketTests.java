package dev.taskchat.it.chat;

import static dev.taskchat.it.chat.Conversations.cardIds;
import static dev.taskchat.it.chat.Conversations.history;
import static dev.taskchat.it.chat.Conversations.seqs;
import static dev.taskchat.it.support.ChatSocket.type;
import static dev.taskchat.it.support.Jsons.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.ChatSocket;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /ws/chat} (docs/CHAT.md, "WebSocket"): authentication, replies, resends, pushes, replay, bad frames. */
public abstract class ChatSocketTests {

    private static final int UNAUTHENTICATED = 4401;

    final Api api = Api.deployed();

    @Test
    void aSayBeforeAuthIsRefusedAndTheSocketClosedWith4401() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        try (ChatSocket socket = ChatSocket.open()) {
            socket.send(say(conversation, "c-1", "add buy milk"));

            assertError(socket.next("error"), "unauthenticated");
            assertThat(socket.closeCode()).isEqualTo(UNAUTHENTICATED);
        }
        assertThat(history(user, conversation, 0)).isEmpty();
        assertThat(user.taskCount()).isZero();
    }

    @Test
    void aBadTokenIsRefusedAndTheSocketClosedWith4401() {
        try (ChatSocket socket = ChatSocket.open()) {
            socket.send(obj("type", "auth", "token", "not-a-token"));

            assertError(socket.next("error"), "unauthenticated");
            assertThat(socket.closeCode()).isEqualTo(UNAUTHENTICATED);
        }
    }

    @Test
    void authIsAnsweredByReadyWithTheUser() {
        TestUser user = api.newUser();
        JsonObject me = user.get("/api/me").send().expect(200).json();
        try (ChatSocket socket = ChatSocket.open()) {
            JsonObject ready = socket.auth(user.token());

            assertThat(Jsons.object(ready, "user")).isEqualTo(me);
        }
    }

    @Test
    void sayIsAnsweredByTheStoredExchangeAndTheNewTaskIsPushed() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        try (ChatSocket socket = ChatSocket.connect(user)) {
            JsonObject reply = socket.say(conversation, "c-1", "add buy milk");

            assertThat(Jsons.number(reply, "conversationId")).isEqualTo(conversation);
            assertThat(Jsons.string(reply, "clientMessageId")).isEqualTo("c-1");
            JsonObject message = Jsons.object(reply, "message");
            JsonObject answer = Jsons.object(reply, "reply");
            assertThat(Jsons.string(message, "text")).isEqualTo("add buy milk");
            assertThat(Jsons.string(message, "clientMessageId")).isEqualTo("c-1");
            assertThat(Jsons.string(answer, "text")).containsIgnoringCase("*buy milk*");
            long taskId = cardIds(answer).get(0);
            JsonObject pushed = socket.next("task");
            assertThat(Jsons.string(pushed, "change")).isEqualTo("created");
            assertThat(Jsons.number(pushed, "taskId")).isEqualTo(taskId);
            assertThat(Jsons.object(pushed, "task")).isEqualTo(user.task(taskId));
            assertThat(history(user, conversation, 0)).containsExactly(message, answer);
        }
    }

    @Test
    void aResendAfterAReconnectAnswersTheSameReplyAndRunsOnce() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        JsonObject first;
        try (ChatSocket socket = ChatSocket.connect(user)) {
            first = socket.say(conversation, "c-1", "add pay the electricity bill");
        }

        try (ChatSocket socket = ChatSocket.connect(user)) {
            JsonObject again = socket.say(conversation, "c-1", "add pay the electricity bill");

            assertThat(again).isEqualTo(first);
            socket.roundTrip();
            assertThat(socket.drain()).as("nothing ran, so nothing is pushed").isEmpty();
        }
        assertThat(user.allTaskIds()).containsExactlyElementsOf(cardIds(Jsons.object(first, "reply")));
        assertThat(history(user, conversation, 0)).hasSize(2);
    }

    @Test
    void changesArePushedToEveryOtherSocketOfTheUserAndToNoOneElse() {
        TestUser user = api.newUser();
        TestUser stranger = api.newUser();
        long conversation = Conversations.start(user);
        try (ChatSocket first = ChatSocket.connect(user);
                ChatSocket second = ChatSocket.connect(user);
                ChatSocket strangers = ChatSocket.connect(stranger)) {
            // from the chat on the first socket: the second sees the task and both messages
            JsonObject reply = first.say(conversation, "c-1", "add buy milk");
            long milk = cardIds(Jsons.object(reply, "reply")).get(0);
            assertTaskFrame(first.next("task"), "created", milk);
            assertTaskFrame(second.next("task"), "created", milk);
            JsonObject userMessage = second.next("message");
            JsonObject replyMessage = second.next("message");
            assertThat(Jsons.number(userMessage, "conversationId")).isEqualTo(conversation);
            assertThat(Jsons.object(userMessage, "message")).isEqualTo(Jsons.object(reply, "message"));
            assertThat(Jsons.object(replyMessage, "message")).isEqualTo(Jsons.object(reply, "reply"));

            // from REST: both sockets see the task
            long bank = Jsons.number(user.createTask("Call the bank"), "id");
            assertTaskFrame(first.next("task"), "created", bank);
            assertTaskFrame(second.next("task"), "created", bank);
            user.complete(bank).expect(200);
            assertTaskFrame(first.next("task"), "updated", bank);
            assertTaskFrame(second.next("task"), "updated", bank);
            user.delete("/api/tasks/" + bank).send().expect(204);
            JsonObject deleted = second.next("task");
            assertTaskFrame(deleted, "deleted", bank);
            assertThat(Jsons.isNull(deleted, "task")).isTrue();
            assertTaskFrame(first.next("task"), "deleted", bank);

            // from the REST door: both sockets see both messages
            Conversations.say(user, conversation, "help", "r-1");
            for (ChatSocket socket : List.of(first, second)) {
                assertThat(List.of(
                                Jsons.number(Jsons.object(socket.next("message"), "message"), "seq"),
                                Jsons.number(Jsons.object(socket.next("message"), "message"), "seq")))
                        .containsExactly(3L, 4L);
            }

            for (ChatSocket socket : List.of(first, second, strangers)) {
                socket.roundTrip();
            }
            assertThat(first.drain())
                    .as("the socket that said it gets a reply, not its own messages pushed back")
                    .isEmpty();
            assertThat(second.drain()).isEmpty();
            assertThat(strangers.drain()).as("another user's socket").isEmpty();
        }
    }

    @Test
    void replayAfterAReconnectAnswersWhatWasMissed() {
        TestUser user = api.newUser();
        TestUser stranger = api.newUser();
        long conversation = Conversations.start(user);
        long lastSeen;
        try (ChatSocket socket = ChatSocket.connect(user)) {
            socket.say(conversation, "c-1", "add buy milk");
            lastSeen = Jsons.number(Jsons.object(socket.say(conversation, "c-2", "add buy bread"), "reply"), "seq");
        }
        assertThat(lastSeen).isEqualTo(4);
        Conversations.say(user, conversation, "add buy butter", "r-1");

        try (ChatSocket socket = ChatSocket.connect(user)) {
            socket.send(obj("type", "replay", "conversationId", conversation, "afterSeq", lastSeen));
            JsonObject missed = socket.next("history");

            assertThat(Jsons.number(missed, "conversationId")).isEqualTo(conversation);
            List<JsonObject> messages = Jsons.objects(missed, "messages");
            assertThat(seqs(messages)).containsExactly(5L, 6L);
            assertThat(messages).isEqualTo(history(user, conversation, lastSeen));
            assertThat(Jsons.string(messages.get(0), "text")).isEqualTo("add buy butter");

            socket.send(obj("type", "replay", "conversationId", conversation));
            assertThat(seqs(Jsons.objects(socket.next("history"), "messages"))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
        try (ChatSocket socket = ChatSocket.connect(stranger)) {
            socket.send(obj("type", "replay", "conversationId", conversation, "afterSeq", 0));
            assertError(socket.next("error"), "not-found");
        }
    }

    @Test
    void badFramesAreAnsweredWithErrorsAndTheConnectionStaysUsable() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        long strangers = Conversations.start(api.newUser());
        try (ChatSocket socket = ChatSocket.connect(user)) {
            socket.sendText("this is not JSON");
            assertError(socket.next("error"), "malformed");
            socket.sendText("[1, 2, 3]");
            assertError(socket.next("error"), "malformed");
            socket.send(obj("token", "no type"));
            assertError(socket.next("error"), "malformed");
            socket.send(obj("type", "dance"));
            assertError(socket.next("error"), "malformed");
            socket.send(obj("type", "say", "conversationId", conversation, "text", "add buy milk"));
            assertError(socket.next("error"), "malformed");
            socket.send(obj("type", "say", "clientMessageId", "c-1", "text", "add buy milk"));
            assertClientError(socket.next("error"), "malformed", "c-1");
            socket.send(obj("type", "say", "conversationId", "one", "clientMessageId", "c-2", "text", "x"));
            assertClientError(socket.next("error"), "malformed", "c-2");
            socket.send(say(conversation, "c-3", "   "));
            assertClientError(socket.next("error"), "malformed", "c-3");
            socket.sendText(
                    obj("type", "ping", "padding", "x".repeat(17 * 1024)).toString());
            assertError(socket.next("error"), "too-large");
            socket.send(say(conversation, "c-4", "a".repeat(2_001)));
            assertClientError(socket.next("error"), "too-large", "c-4");
            socket.send(say(strangers, "c-5", "add buy milk"));
            assertClientError(socket.next("error"), "not-found", "c-5");

            socket.roundTrip();
            assertThat(socket.isClosed()).isFalse();
            assertThat(socket.drain()).isEmpty();
            assertThat(socket.say(conversation, "c-6", "add buy milk")).isNotNull();
        }
        assertThat(seqs(history(user, conversation, 0))).containsExactly(1L, 2L);
        assertThat(user.taskCount()).isEqualTo(1);
    }

    @Test
    void aFloodOfFramesIsThrottled() {
        TestUser user = api.newUser();
        try (ChatSocket socket = ChatSocket.connect(user)) {
            int frames = 25;
            for (int i = 0; i < frames; i++) {
                socket.send(obj("type", "ping"));
            }
            List<JsonObject> answers = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                answers.add(socket.next(
                        frame -> "pong".equals(type(frame)) || "error".equals(type(frame)),
                        ChatSocket.TIMEOUT,
                        "an answer to ping " + (i + 1)));
            }

            List<JsonObject> refused = answers.stream()
                    .filter(frame -> "error".equals(type(frame)))
                    .toList();
            assertThat(refused).as("answers to %s pings: %s", frames, answers).isNotEmpty();
            refused.forEach(frame -> assertError(frame, "slow-down"));
            assertThat(answers.size() - refused.size())
                    .as("pongs (the auth frame counts too)")
                    .isLessThanOrEqualTo(20);
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void afterLogoutAnOpenSocketIsRefusedAndClosedWith4401() {
        TestUser user = api.newUser();
        long conversation = Conversations.start(user);
        try (ChatSocket socket = ChatSocket.connect(user)) {
            socket.say(conversation, "c-1", "add buy milk");

            user.post("/api/auth/logout").send().expect(204);
            socket.send(say(conversation, "c-2", "add buy bread"));

            assertError(socket.next("error"), "unauthenticated");
            assertThat(socket.closeCode()).isEqualTo(UNAUTHENTICATED);
        }
        String token = api.loginToken(user.email(), Api.PASSWORD);
        JsonObject page = api.get("/api/conversations/" + conversation + "/messages")
                .bearer(token)
                .send()
                .expect(200)
                .json();
        assertThat(seqs(Jsons.objects(page, "items")))
                .as("the refused say was not stored")
                .containsExactly(1L, 2L);
    }

    @Test
    void aHandshakeFromAnotherSitesPageIsRefused() {
        assertThatThrownBy(() -> ChatSocket.open(Map.of("Origin", "http://evil.example")))
                .satisfies(thrown -> assertThat(handshakeStatus(thrown))
                        .as("HTTP status of the refused handshake (%s)", thrown)
                        .isEqualTo(403));
    }

    @Test
    void aHandshakeFromTheAppsOwnPageIsAccepted() {
        TestUser user = api.newUser();
        try (ChatSocket socket = ChatSocket.open(Map.of("Origin", ChatSocket.ownOrigin()))) {
            assertThat(Jsons.string(Jsons.object(socket.auth(user.token()), "user"), "email"))
                    .isEqualTo(user.email());
        }
    }

    static JsonObject say(long conversationId, String clientMessageId, String text) {
        return obj("type", "say", "conversationId", conversationId, "clientMessageId", clientMessageId, "text", text);
    }

    static void assertError(JsonObject frame, String code) {
        assertThat(type(frame)).as("%s", frame).isEqualTo("error");
        assertThat(Jsons.string(frame, "code")).as("%s", frame).isEqualTo(code);
        assertThat(Jsons.string(frame, "message")).as("%s", frame).isNotBlank();
    }

    static void assertClientError(JsonObject frame, String code, String clientMessageId) {
        assertError(frame, code);
        assertThat(Jsons.string(frame, "clientMessageId")).as("%s", frame).isEqualTo(clientMessageId);
    }

    static void assertTaskFrame(JsonObject frame, String change, long taskId) {
        assertThat(Jsons.string(frame, "change")).as("%s", frame).isEqualTo(change);
        assertThat(Jsons.number(frame, "taskId")).as("%s", frame).isEqualTo(taskId);
        if (!"deleted".equals(change)) {
            assertThat(Jsons.number(Jsons.object(frame, "task"), "id")).isEqualTo(taskId);
        }
    }

    /** The HTTP status of the failed handshake in {@code thrown}'s causes, or -1 when it failed otherwise. */
    private static int handshakeStatus(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
        }
        return -1;
    }
}
