package dev.taskchat.web.chat;

import dev.taskchat.domain.conversation.Message;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.websocket.Decoder;
import java.io.StringReader;

/**
 * Reads a client frame. It never throws: whatever cannot be read becomes {@link IncomingFrame.Invalid},
 * which the endpoint answers with an error frame while the connection stays open.
 */
public class FrameDecoder implements Decoder.Text<IncomingFrame> {
    /** Frames above this size are refused (the container itself closes the connection above 64 KiB). */
    static final int MAX_FRAME_CHARS = 16 * 1024;

    @Override
    public IncomingFrame decode(String text) {
        if (text.length() > MAX_FRAME_CHARS) {
            return new IncomingFrame.Invalid("too-large", "a frame may be at most 16 KiB", null);
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                return invalid("a frame must be a JSON object", null);
            }
            json = object;
        } catch (JsonException e) {
            return invalid("a frame must be JSON", null);
        }
        String clientMessageId = string(json, "clientMessageId");
        String type = string(json, "type");
        if (type == null) {
            return invalid("a frame needs a \"type\"", clientMessageId);
        }
        return switch (type) {
            case "auth" -> {
                String token = string(json, "token");
                yield token == null ? invalid("auth needs a \"token\"", null) : new IncomingFrame.Auth(token);
            }
            case "say" -> say(json, clientMessageId);
            case "replay" -> {
                Long conversation = number(json, "conversationId");
                Long after = number(json, "afterSeq");
                yield conversation == null
                        ? invalid("replay needs a \"conversationId\"", null)
                        : new IncomingFrame.Replay(conversation, after == null ? 0 : after);
            }
            case "ping" -> new IncomingFrame.Ping();
            default -> invalid("unknown frame type \"" + type + "\" (auth, say, replay, ping)", clientMessageId);
        };
    }

    private static IncomingFrame say(JsonObject json, String clientMessageId) {
        Long conversation = number(json, "conversationId");
        String text = string(json, "text");
        if (conversation == null || text == null || clientMessageId == null) {
            return invalid("say needs \"conversationId\", \"clientMessageId\" and \"text\"", clientMessageId);
        }
        if (text.length() > Message.MAX_TEXT_LENGTH) {
            return new IncomingFrame.Invalid("too-large", "a message may be at most 2,000 characters", clientMessageId);
        }
        return new IncomingFrame.Say(conversation, clientMessageId, text);
    }

    private static IncomingFrame.Invalid invalid(String message, String clientMessageId) {
        return new IncomingFrame.Invalid("malformed", message, clientMessageId);
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static Long number(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber number && number.isIntegral() ? number.longValue() : null;
    }

    @Override
    public boolean willDecode(String text) {
        return true;
    }
}
