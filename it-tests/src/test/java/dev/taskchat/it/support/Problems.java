package dev.taskchat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;

/** Assertions on RFC 9457 answers: {@code {"type","title","status","detail",...}} as application/problem+json. */
public final class Problems {

    public static final String TYPE_PREFIX = "https://taskchat.dev/problems/";

    private Problems() {}

    /** Asserts an answer is the problem {@code name} with HTTP {@code status}; returns its body. */
    public static JsonObject assertProblem(Reply reply, int status, String name) {
        reply.expect(status);
        assertThat(reply.mediaType()).as("content type of %s", reply).isEqualTo("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(Jsons.string(problem, "type")).as("type of %s", reply).isEqualTo(TYPE_PREFIX + name);
        assertThat(Jsons.number(problem, "status"))
                .as("status member of %s", reply)
                .isEqualTo(status);
        assertThat(Jsons.string(problem, "title")).as("title of %s", reply).isNotBlank();
        return problem;
    }

    /**
     * Asserts a problem whose status and name may be either of two (where the contract allows both, e.g. a bad
     * query parameter: 400 malformed-request or 422 validation); never a 500.
     */
    public static JsonObject assertClientProblem(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isIn(400, 422);
        return assertProblem(reply, reply.status(), reply.status() == 400 ? "malformed-request" : "validation");
    }

    /** Asserts a 422 {@code validation} problem naming (at least) each of {@code fields}; returns the fields named. */
    public static List<String> assertValidation(Reply reply, String... fields) {
        JsonObject problem = assertProblem(reply, 422, "validation");
        List<JsonObject> errors = Jsons.objects(problem, "errors");
        assertThat(errors).as("errors of %s", reply).isNotEmpty();
        for (JsonObject error : errors) {
            assertThat(Jsons.string(error, "field"))
                    .as("field of an error in %s", reply)
                    .isNotNull();
            assertThat(Jsons.string(error, "message"))
                    .as("message of an error in %s", reply)
                    .isNotBlank();
        }
        List<String> named = errors.stream().map(e -> Jsons.string(e, "field")).toList();
        assertThat(named).as("fields named by %s", reply).containsAll(Arrays.asList(fields));
        return named;
    }
}
