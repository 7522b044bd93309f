package dev.taskchat.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.web.problem.ProblemException;
import dev.taskchat.web.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {
    @Test
    void readsAnObject() {
        assertThat(read("{\"a\": 1}").object().getInt("a")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1]", "nope", "{\"a\": }"})
    void anythingButAnObjectIsMalformed(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type())
                .isEqualTo(ProblemType.MALFORMED_REQUEST));
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWithoutBeingReadToTheEnd() {
        String big = "{\"title\": \"" + "a".repeat(JsonBody.MAX_BYTES) + "\"}";
        assertThatThrownBy(() -> read(big)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type())
                .isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }

    @Test
    void theFingerprintIgnoresWhitespaceButNotContentOrTarget() {
        String a = read("{\"title\":\"x\"}").fingerprint("POST", "/api/tasks");
        assertThat(read("{ \"title\" : \"x\" }").fingerprint("POST", "/api/tasks"))
                .isEqualTo(a);
        assertThat(read("{\"title\":\"y\"}").fingerprint("POST", "/api/tasks")).isNotEqualTo(a);
        assertThat(read("{\"title\":\"x\"}").fingerprint("POST", "/api/other")).isNotEqualTo(a);
    }

    private static JsonBody read(String text) {
        return JsonBody.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
