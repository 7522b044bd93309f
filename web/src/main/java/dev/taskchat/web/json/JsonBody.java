package dev.taskchat.web.json;

import dev.taskchat.web.problem.ProblemException;
import dev.taskchat.web.problem.ProblemType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A request body that was read completely (up to {@link #MAX_BYTES}) and parsed as one JSON object. */
public final class JsonBody {
    public static final int MAX_BYTES = 64 * 1024;

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    public static JsonBody read(InputStream in) {
        byte[] bytes = readBounded(in);
        if (bytes.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the request needs a JSON object as its body");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject jsonObject)) {
                throw new ProblemException(
                        ProblemType.MALFORMED_REQUEST, "the body must be a JSON object, not an array");
            }
            return new JsonBody(jsonObject);
        } catch (JsonException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is not valid JSON");
        }
    }

    private static byte[] readBounded(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ProblemException(
                        ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than " + MAX_BYTES / 1024 + " KiB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonObject object() {
        return object;
    }

    /** A fingerprint of the request content, insensitive to whitespace (for idempotency keys). */
    public String fingerprint(String method, String path) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(object.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
