package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static dev.taskchat.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One user never sees, changes or even detects another user's tasks and tags. */
abstract class IsolationTests extends ApiTests {

    @Test
    void anotherUsersTaskAnswers404ExactlyLikeAMissingOne() {
        TestUser alice = api.newUser();
        TestUser bob = api.newUser();
        long id = id(alice.createTask(obj("title", "Alice's surprise party", "priority", "high")));
        JsonObject missing =
                assertProblem(alice.get("/api/tasks/" + (id + 1_000_000)).send(), 404, "not-found");

        List<Reply> attempts = List.of(
                bob.get("/api/tasks/" + id).send(),
                bob.patch("/api/tasks/" + id).json(obj("title", "Bob was here")).send(),
                bob.delete("/api/tasks/" + id).send(),
                bob.post("/api/tasks/" + id + "/complete").send(),
                bob.post("/api/tasks/" + id + "/reopen").send());

        for (Reply attempt : attempts) {
            JsonObject problem = assertProblem(attempt, 404, "not-found");
            assertThat(problem.get("title")).as("%s", attempt).isEqualTo(missing.get("title"));
        }
        JsonObject task = alice.task(id);
        assertThat(Jsons.string(task, "title")).isEqualTo("Alice's surprise party");
        assertThat(Jsons.bool(task, "completed")).isFalse();
        assertThat(Jsons.number(task, "version")).isEqualTo(1);
    }

    @Test
    void aListShowsOnlyTheUsersOwnTasks() {
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 8);
        TestUser alice = api.newUser();
        TestUser bob = api.newUser();
        List<Long> alices = List.of(
                id(alice.createTask(word + " one")),
                id(alice.createTask(word + " two")),
                id(alice.createTask(obj("title", word + " three", "tags", List.of("shared")))));
        long bobs = id(bob.createTask(obj("title", "Bob's own", "tags", List.of("shared"))));
        alice.complete(alices.get(0)).expect(200);

        assertThat(bob.allTaskIds()).containsExactly(bobs);
        assertThat(ids(bob.listAll(Map.of("q", word, "status", "all")))).isEmpty();
        assertThat(ids(bob.listAll(Map.of("tag", "shared", "status", "all")))).containsExactly(bobs);
        assertThat(ids(bob.listAll(Map.of("status", "completed")))).isEmpty();
        assertThat(alice.allTaskIds()).containsExactlyInAnyOrderElementsOf(alices);
    }

    @Test
    void tagsBelongToTheirUser() {
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        TestUser alice = api.newUser();
        TestUser bob = api.newUser();
        alice.createTask(obj("title", "Alice's", "tags", List.of(tag)));

        assertThat(tagNames(bob)).doesNotContain(tag);
        assertProblem(bob.patch("/api/tags/" + tag).json(obj("name", "stolen")).send(), 404, "not-found");
        assertProblem(bob.delete("/api/tags/" + tag).send(), 404, "not-found");
        long bobsTask = id(bob.createTask(obj("title", "Bob's", "tags", List.of(tag))));
        Reply renamed =
                bob.patch("/api/tags/" + tag).json(obj("name", tag + "-bob")).send();

        assertThat(renamed.status()).as("%s", renamed).isIn(200, 204);

        assertThat(Jsons.strings(alice.task(id(alice.listAll(Map.of()).get(0))), "tags"))
                .containsExactly(tag);
        assertThat(tagNames(alice)).containsExactly(tag);
        assertThat(Jsons.strings(bob.task(bobsTask), "tags")).containsExactly(tag + "-bob");
    }
}
