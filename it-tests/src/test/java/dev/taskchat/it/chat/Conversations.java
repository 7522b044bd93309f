package dev.taskchat.it.chat;

import static dev.taskchat.it.support.Jsons.obj;

import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.List;

/** The chat's REST door as the tests use it. */
final class Conversations {

    private Conversations() {}

    /** Starts a conversation (default title); returns its id. */
    static long start(TestUser user) {
        return Jsons.number(
                user.post("/api/conversations").json(obj()).send().expect(201).json(), "id");
    }

    static Reply send(TestUser user, long conversationId, String text, String clientMessageId) {
        return user.post("/api/conversations/" + conversationId + "/messages")
                .json(obj("text", text, "clientMessageId", clientMessageId))
                .send();
    }

    /** Sends a message over REST; returns {@code {"message","reply"}}. */
    static JsonObject say(TestUser user, long conversationId, String text, String clientMessageId) {
        return send(user, conversationId, text, clientMessageId).expect(200).json();
    }

    /** The messages after {@code afterSeq}, oldest first. */
    static List<JsonObject> history(TestUser user, long conversationId, long afterSeq) {
        JsonObject page = user.get("/api/conversations/" + conversationId + "/messages")
                .query("after", afterSeq)
                .send()
                .expect(200)
                .json();
        return Jsons.objects(page, "items");
    }

    static List<JsonObject> conversations(TestUser user) {
        return Jsons.objects(user.get("/api/conversations").send().expect(200).json(), "items");
    }

    static List<Long> seqs(List<JsonObject> messages) {
        return messages.stream().map(message -> Jsons.number(message, "seq")).toList();
    }

    /** The ids of a message's task cards, in order. */
    static List<Long> cardIds(JsonObject message) {
        return Jsons.objects(message, "tasks").stream()
                .map(task -> Jsons.number(task, "id"))
                .toList();
    }
}
