package dev.taskchat.web.chat;

/** A frame a client sent, as {@link FrameDecoder} read it; a frame that could not be read is {@link Invalid}. */
sealed interface IncomingFrame {
    record Auth(String token) implements IncomingFrame {}

    record Say(long conversationId, String clientMessageId, String text) implements IncomingFrame {}

    record Replay(long conversationId, long afterSeq) implements IncomingFrame {}

    record Ping() implements IncomingFrame {}

    /** Not JSON, no or an unknown type, a missing field, or too large: answered with an error frame. */
    record Invalid(String code, String message, String clientMessageId) implements IncomingFrame {}
}
