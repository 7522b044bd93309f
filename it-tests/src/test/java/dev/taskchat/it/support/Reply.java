package dev.taskchat.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** An HTTP answer, with assertions whose failure message shows the whole answer. */
public record Reply(String request, int status, HttpHeaders headers, String body) {

    /** Fails unless the status is {@code expected}; returns this for chaining. */
    public Reply expect(int expected) {
        if (status != expected) {
            throw new AssertionError("expected HTTP " + expected + " for " + this);
        }
        return this;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without parameters, lower-cased; empty string when there is none. */
    public String mediaType() {
        return header("Content-Type")
                .map(value -> value.split(";", 2)[0].strip().toLowerCase())
                .orElse("");
    }

    public JsonObject json() {
        JsonStructure structure = parsed();
        if (!(structure instanceof JsonObject object)) {
            throw new AssertionError("not a JSON object: " + this);
        }
        return object;
    }

    public JsonArray jsonArray() {
        JsonStructure structure = parsed();
        if (!(structure instanceof JsonArray array)) {
            throw new AssertionError("not a JSON array: " + this);
        }
        return array;
    }

    private JsonStructure parsed() {
        try {
            return Jsons.parse(body);
        } catch (JsonException e) {
            throw new AssertionError("body is not JSON (" + e.getMessage() + "): " + this, e);
        }
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
        return request + " -> HTTP " + status + " " + header("Content-Type").orElse("(no content type)") + " " + shown;
    }
}
