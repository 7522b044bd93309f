package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static dev.taskchat.it.support.Problems.assertProblem;
import static dev.taskchat.it.support.Problems.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/tags with counts, renaming a tag on every task, deleting it from every task. */
abstract class TagTests extends ApiTests {

    @Test
    void tagsAreListedByNameWithOpenAndTotalCounts() {
        TestUser user = api.newUser();
        user.createTask(obj("title", "a", "tags", List.of("home", "errands")));
        long done = id(user.createTask(obj("title", "b", "tags", List.of("home"))));
        user.createTask(obj("title", "c", "tags", List.of("work")));
        user.complete(done).expect(200);

        Reply reply = user.get("/api/tags").send().expect(200);

        assertThat(reply.mediaType()).isEqualTo("application/json");
        assertThat(Jsons.objects(reply.json(), "items"))
                .containsExactly(
                        obj("name", "errands", "openTasks", 1, "totalTasks", 1),
                        obj("name", "home", "openTasks", 1, "totalTasks", 2),
                        obj("name", "work", "openTasks", 1, "totalTasks", 1));
    }

    @Test
    void tagNamesAreLowerCasedWithoutTheHashAndUnique() {
        TestUser user = api.newUser();

        JsonObject task =
                user.createTask(obj("title", "Tidy up", "tags", List.of("#Home", "HOME", "home", "Kid_Room-2")));

        assertThat(Jsons.strings(task, "tags")).containsExactlyInAnyOrder("home", "kid_room-2");
        assertThat(tagNames(user)).containsExactly("home", "kid_room-2");
    }

    @Test
    void renamingATagRenamesItOnEveryTask() {
        TestUser user = api.newUser();
        long onlyHome = id(user.createTask(obj("title", "a", "tags", List.of("home"))));
        long homeAndWork = id(user.createTask(obj("title", "b", "tags", List.of("home", "work"))));

        Reply renamed = user.patch("/api/tags/home").json(obj("name", "house")).send();

        assertThat(renamed.status()).as("%s", renamed).isIn(200, 204);
        assertThat(Jsons.strings(user.task(onlyHome), "tags")).containsExactly("house");
        assertThat(Jsons.strings(user.task(homeAndWork), "tags")).containsExactlyInAnyOrder("house", "work");
        assertThat(tagNames(user)).containsExactly("house", "work");
        assertThat(ids(user.listAll(Map.of("tag", "house")))).containsExactlyInAnyOrder(onlyHome, homeAndWork);
        assertThat(ids(user.listAll(Map.of("tag", "home")))).isEmpty();
    }

    @Test
    void renamingOntoATakenNameAnswers409AndChangesNothing() {
        TestUser user = api.newUser();
        long home = id(user.createTask(obj("title", "a", "tags", List.of("home"))));
        long work = id(user.createTask(obj("title", "b", "tags", List.of("work"))));

        Reply reply = user.patch("/api/tags/home").json(obj("name", "work")).send();

        JsonObject problem = assertProblem(reply, 409, "conflict");
        assertThat(Jsons.string(problem, "reason")).isEqualTo("tag-exists");
        assertThat(Jsons.strings(user.task(home), "tags")).containsExactly("home");
        assertThat(Jsons.strings(user.task(work), "tags")).containsExactly("work");
        assertThat(tagNames(user)).containsExactly("home", "work");
    }

    @Test
    void renamingAnUnknownTagAnswers404() {
        TestUser user = api.newUser();

        assertProblem(
                user.patch("/api/tags/nothing").json(obj("name", "something")).send(), 404, "not-found");
    }

    @Test
    void renamingToAnInvalidNameAnswers422() {
        TestUser user = api.newUser();
        long task = id(user.createTask(obj("title", "a", "tags", List.of("home"))));

        assertValidation(
                user.patch("/api/tags/home").json(obj("name", "two words")).send(), "name");
        assertValidation(user.patch("/api/tags/home").json(obj("name", "")).send(), "name");
        assertThat(Jsons.strings(user.task(task), "tags")).containsExactly("home");
    }

    @Test
    void deletingATagRemovesItFromEveryTaskAndKeepsTheTasks() {
        TestUser user = api.newUser();
        long homeAndWork = id(user.createTask(obj("title", "a", "tags", List.of("home", "work"))));
        long onlyHome = id(user.createTask(obj("title", "b", "tags", List.of("home"))));

        Reply deleted = user.delete("/api/tags/home").send();

        deleted.expect(204);
        assertThat(Jsons.strings(user.task(homeAndWork), "tags")).containsExactly("work");
        assertThat(Jsons.strings(user.task(onlyHome), "tags")).isEmpty();
        assertThat(tagNames(user)).containsExactly("work");
        assertThat(user.taskCount()).isEqualTo(2);
        assertProblem(user.delete("/api/tags/home").send(), 404, "not-found");
    }
}
