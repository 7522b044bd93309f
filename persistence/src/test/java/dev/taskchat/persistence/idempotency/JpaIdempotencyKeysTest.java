package dev.taskchat.persistence.idempotency;

import static dev.taskchat.persistence.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.domain.idempotency.Claim;
import dev.taskchat.domain.idempotency.StoredResponse;
import dev.taskchat.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JpaIdempotencyKeysTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final StoredResponse CREATED = new StoredResponse(201, "{\"id\":1}", "/api/tasks/1");

    private final long user = TestDatabase.newUser();

    @Test
    void aFreshKeyIsClaimedThenReplayedThenRefusedForAnotherRequest() {
        Claim first = inTransaction(em -> {
            Claim claim = keys(em).claim(user, "k", "hash-a", NOW);
            keys(em).complete(user, "k", CREATED);
            return claim;
        });
        Claim again = inTransaction(em -> keys(em).claim(user, "k", "hash-a", NOW));
        Claim other = inTransaction(em -> keys(em).claim(user, "k", "hash-b", NOW));
        Claim otherUser = inTransaction(em -> keys(em).claim(TestDatabase.newUser(), "k", "hash-b", NOW));

        assertThat(first).isInstanceOf(Claim.Fresh.class);
        assertThat(again).isEqualTo(new Claim.Replay(CREATED));
        assertThat(other).isInstanceOf(Claim.Mismatch.class);
        assertThat(otherUser).isInstanceOf(Claim.Fresh.class);
    }

    @Test
    void aKeyWhoseWorkRolledBackIsFreeAgain() {
        EntityManager em = TestDatabase.factory().createEntityManager();
        em.getTransaction().begin();
        assertThat(keys(em).claim(user, "retry-me", "h", NOW)).isInstanceOf(Claim.Fresh.class);
        em.getTransaction().rollback();
        em.close();

        Claim retried = inTransaction(other -> keys(other).claim(user, "retry-me", "h", NOW));
        assertThat(retried).isInstanceOf(Claim.Fresh.class);
    }

    @Test
    void aConcurrentDuplicateWaitsForTheFirstAndReplaysIt() throws Exception {
        EntityManager first = TestDatabase.factory().createEntityManager();
        first.getTransaction().begin();
        assertThat(keys(first).claim(user, "same", "h", NOW)).isInstanceOf(Claim.Fresh.class);

        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Claim> duplicate = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            return inTransaction(em -> keys(em).claim(user, "same", "h", NOW));
        });
        started.await();
        Thread.sleep(300);
        assertThat(duplicate)
                .as("the duplicate must wait for the first request")
                .isNotDone();

        keys(first).complete(user, "same", CREATED);
        first.getTransaction().commit();
        first.close();

        assertThat(duplicate.get(10, TimeUnit.SECONDS)).isEqualTo(new Claim.Replay(CREATED));
    }

    private static JpaIdempotencyKeys keys(EntityManager em) {
        return new JpaIdempotencyKeys(em);
    }
}
