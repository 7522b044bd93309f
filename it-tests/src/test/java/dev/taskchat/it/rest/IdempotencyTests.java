package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static dev.taskchat.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** POST /api/tasks with an Idempotency-Key: retries replay, reuse with another body is refused, races make one. */
abstract class IdempotencyTests extends ApiTests {

    private static final String KEY = "Idempotency-Key";

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswer() {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        JsonObject body = obj("title", "Buy milk", "tags", List.of("errands"));

        Reply first = user.post("/api/tasks").header(KEY, key).json(body).send().expect(201);
        Reply retry = user.post("/api/tasks").header(KEY, key).json(body).send();

        retry.expect(201);
        assertThat(replayed(first)).isFalse();
        assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.json()).isEqualTo(first.json());
        // the same resource; the address is the server's that answered (the gate runs two, one per port)
        assertThat(retry.header("Location").map(location -> URI.create(location).getPath()))
                .isEqualTo(first.header("Location")
                        .map(location -> URI.create(location).getPath()))
                .isPresent();
        assertThat(user.allTaskIds()).containsExactly(id(first.json()));
    }

    @Test
    void theSameKeyWithAnotherBodyAnswers422() {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        long id = id(user.post("/api/tasks")
                .header(KEY, key)
                .json(obj("title", "Buy milk"))
                .send()
                .expect(201)
                .json());

        Reply reused = user.post("/api/tasks")
                .header(KEY, key)
                .json(obj("title", "Buy bread"))
                .send();

        assertProblem(reused, 422, "idempotency-key-reused");
        assertThat(user.allTaskIds()).containsExactly(id);
        assertThat(Jsons.string(user.task(id), "title")).isEqualTo("Buy milk");
    }

    @Test
    void concurrentDuplicatesCreateOneTask() throws Exception {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        JsonObject body = obj("title", "Only once", "priority", "high");
        int clients = 8;
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return user.post("/api/tasks").header(KEY, key).json(body).send();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Reply> future : futures) {
                replies.add(future.get(90, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        for (Reply reply : replies) {
            reply.expect(201);
        }
        List<Long> ids =
                replies.stream().map(reply -> id(reply.json())).distinct().toList();
        assertThat(ids).as("ids answered to %s concurrent duplicates", clients).hasSize(1);
        assertThat(replies.stream().filter(reply -> !replayed(reply)))
                .as("exactly one answer is the original")
                .hasSize(1);
        assertThat(user.allTaskIds()).isEqualTo(ids);
    }

    @Test
    void keysBelongToTheirUser() {
        TestUser alice = api.newUser();
        TestUser bob = api.newUser();
        String key = UUID.randomUUID().toString();
        JsonObject body = obj("title", "Same words, different people");

        long alices = id(alice.post("/api/tasks")
                .header(KEY, key)
                .json(body)
                .send()
                .expect(201)
                .json());
        Reply bobs = bob.post("/api/tasks").header(KEY, key).json(body).send().expect(201);

        assertThat(replayed(bobs)).isFalse();
        assertThat(id(bobs.json())).isNotEqualTo(alices);
        assertThat(bob.allTaskIds()).containsExactly(id(bobs.json()));
        assertThat(alice.allTaskIds()).containsExactly(alices);
    }

    @Test
    void withoutAKeyEveryPostCreatesATask() {
        TestUser user = api.newUser();

        user.createTask("Buy milk");
        user.createTask("Buy milk");

        assertThat(user.taskCount()).isEqualTo(2);
    }

    @Test
    void aKeyOver255CharactersAnswers400() {
        TestUser user = api.newUser();

        Reply reply = user.post("/api/tasks")
                .header(KEY, "k".repeat(256))
                .json(obj("title", "Long key"))
                .send();

        assertProblem(reply, 400, "malformed-request");
        assertThat(user.taskCount()).isZero();
    }

    private static boolean replayed(Reply reply) {
        return reply.header("Idempotent-Replayed")
                .filter("true"::equalsIgnoreCase)
                .isPresent();
    }
}
