package dev.taskchat.web.chat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.websocket.Encoder;

/** Writes a server frame as JSON, null members included (a deleted task's {@code "task": null}). */
public class FrameEncoder implements Encoder.Text<OutgoingFrame> {
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public String encode(OutgoingFrame frame) {
        return JSON.toJson(frame);
    }
}
