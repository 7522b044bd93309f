package dev.taskchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameDecoderTest {
    private final FrameDecoder decoder = new FrameDecoder();

    @Test
    void readsEveryFrameType() {
        assertThat(decoder.decode("{\"type\":\"auth\",\"token\":\"t\"}")).isEqualTo(new IncomingFrame.Auth("t"));
        assertThat(decoder.decode("{\"type\":\"say\",\"conversationId\":3,\"clientMessageId\":\"c\",\"text\":\"hi\"}"))
                .isEqualTo(new IncomingFrame.Say(3, "c", "hi"));
        assertThat(decoder.decode("{\"type\":\"replay\",\"conversationId\":3,\"afterSeq\":7}"))
                .isEqualTo(new IncomingFrame.Replay(3, 7));
        assertThat(decoder.decode("{\"type\":\"replay\",\"conversationId\":3}"))
                .isEqualTo(new IncomingFrame.Replay(3, 0));
        assertThat(decoder.decode("{\"type\":\"ping\"}")).isEqualTo(new IncomingFrame.Ping());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[1,2]",
                "{}",
                "{\"type\":7}",
                "{\"type\":\"dance\"}",
                "{\"type\":\"auth\"}",
                "{\"type\":\"say\",\"conversationId\":3,\"text\":\"no client id\"}",
                "{\"type\":\"say\",\"conversationId\":\"3\",\"clientMessageId\":\"c\",\"text\":\"x\"}",
                "{\"type\":\"replay\"}"
            })
    void anythingElseIsMalformedNotAnException(String frame) {
        assertThat(decoder.decode(frame))
                .isInstanceOfSatisfying(IncomingFrame.Invalid.class, invalid -> assertThat(invalid.code())
                        .isEqualTo("malformed"));
    }

    @Test
    void oversizedFramesAndTextsAreTooLarge() {
        assertThat(decoder.decode("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(FrameDecoder.MAX_FRAME_CHARS) + "\"}"))
                .isInstanceOfSatisfying(IncomingFrame.Invalid.class, invalid -> assertThat(invalid.code())
                        .isEqualTo("too-large"));
        assertThat(decoder.decode("{\"type\":\"say\",\"conversationId\":1,\"clientMessageId\":\"c\",\"text\":\""
                        + "y".repeat(2001) + "\"}"))
                .isInstanceOfSatisfying(IncomingFrame.Invalid.class, invalid -> {
                    assertThat(invalid.code()).isEqualTo("too-large");
                    assertThat(invalid.clientMessageId()).isEqualTo("c");
                });
    }
}
