package dev.taskchat.persistence.task;

import static dev.taskchat.persistence.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.Title;
import dev.taskchat.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link JpaTaskRepository#claimDueReminders}: what two instances sharing the database see. Each test works in
 * its own year, long before the other tests' reminders, and leaves nothing of its own pending, so the global
 * claim only ever finds this test's tasks.
 */
class JpaTaskRepositoryRemindersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant FAR_FUTURE = Instant.parse("2099-01-01T00:00:00Z");

    private final long owner = TestDatabase.newUser();

    @Test
    void twoConcurrentClaimsTakeDisjointSetsAndEachReminderIsDeliveredOnce() throws Exception {
        Instant now = Instant.parse("2001-03-01T12:00:00Z");
        long d1 = add("due 1", Instant.parse("2001-02-01T08:00:00Z"), now);
        long d2 = add("due 2", Instant.parse("2001-02-02T08:00:00Z"), now);
        long d3 = add("due 3", Instant.parse("2001-02-03T08:00:00Z"), now);
        long d4 = add("due exactly now", now, now);
        long completed = add("completed", Instant.parse("2001-02-01T09:00:00Z"), now);
        long reminded = add("already reminded", Instant.parse("2001-02-01T10:00:00Z"), now);
        add("in the future", now.plusSeconds(1), now);
        add("far future", FAR_FUTURE, now);
        add("no reminder", null, now);
        TestDatabase.run(em -> {
            JpaTaskRepository tasks = new JpaTaskRepository(em);
            tasks.find(owner, completed).orElseThrow().complete(BERLIN, clock(now));
            Task task = tasks.find(owner, reminded).orElseThrow();
            task.markReminded(clock(now));
            tasks.update(task);
        });

        EntityManager first = TestDatabase.factory().createEntityManager();
        List<Long> claimedFirst;
        List<Long> claimedSecond;
        try {
            first.getTransaction().begin();
            List<Task> firstClaim = new JpaTaskRepository(first).claimDueReminders(now, 2);
            claimedFirst = ids(firstClaim);
            assertThat(claimedFirst)
                    .as("the first claim takes the two most overdue")
                    .containsExactly(d1, d2);

            // another instance, while the first still holds its claim: it must not wait and must not see them
            claimedSecond = CompletableFuture.supplyAsync(() -> inTransaction(em -> {
                        List<Task> claimed = new JpaTaskRepository(em).claimDueReminders(now, 50);
                        markReminded(em, claimed, now);
                        return ids(claimed);
                    }))
                    .get(30, TimeUnit.SECONDS);

            markReminded(first, firstClaim, now);
            first.getTransaction().commit();
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
        }

        assertThat(claimedSecond).as("the second claim skips the locked ones").containsExactly(d3, d4);
        Set<Long> union = new HashSet<>(claimedFirst);
        union.addAll(claimedSecond);
        assertThat(union).containsExactlyInAnyOrder(d1, d2, d3, d4);
        assertThat(claim(now)).as("delivered reminders are not claimed again").isEmpty();
        assertThat(claim(now.plusSeconds(1))).as("the next one falls due").hasSize(1);
        for (long id : List.of(d1, d2, d3, d4)) {
            assertThat(find(id).reminderSentAt()).as("task %s", id).contains(now);
        }
        settle(now.plusSeconds(1));
    }

    @Test
    void aNewReminderTimeMakesItPendingAgain() {
        Instant now = Instant.parse("2002-03-01T12:00:00Z");
        Instant remindAt = Instant.parse("2002-02-01T08:00:00Z");
        long id = add("call mom", remindAt, now);
        assertThat(settle(now)).containsExactly(id);
        assertThat(claim(now)).isEmpty();

        edit(id, details -> details.withTitle(Title.of("call mom back")), now);
        assertThat(claim(now)).as("an edit that keeps the reminder time").isEmpty();
        assertThat(find(id).reminderSentAt()).contains(now);

        edit(id, details -> details.withRemindAt(Instant.parse("2002-02-15T08:00:00Z")), now);
        assertThat(find(id).reminderSentAt()).isEmpty();
        assertThat(settle(now)).as("a new reminder time is delivered again").containsExactly(id);

        edit(id, details -> details.withRemindAt(Instant.parse("2002-02-20T08:00:00Z")), now);
        TestDatabase.run(
                em -> new JpaTaskRepository(em).find(owner, id).orElseThrow().complete(BERLIN, clock(now)));
        assertThat(claim(now)).as("a completed task reminds no one").isEmpty();
        TestDatabase.run(
                em -> new JpaTaskRepository(em).find(owner, id).orElseThrow().reopen(clock(now)));
        assertThat(settle(now)).as("reopened, its pending reminder is due").containsExactly(id);
    }

    private long add(String title, Instant remindAt, Instant now) {
        return inTransaction(em -> {
            Task task =
                    Task.create(owner, TaskDetails.titled(title).withRemindAt(remindAt), Set.of(), BERLIN, clock(now));
            new JpaTaskRepository(em).add(task);
            return task.id();
        });
    }

    private void edit(long id, java.util.function.UnaryOperator<TaskDetails> change, Instant now) {
        TestDatabase.run(em -> {
            JpaTaskRepository tasks = new JpaTaskRepository(em);
            Task task = tasks.find(owner, id).orElseThrow();
            task.edit(change.apply(task.details()), task.tags(), BERLIN, clock(now));
            tasks.update(task);
        });
    }

    private Task find(long id) {
        return inTransaction(em -> new JpaTaskRepository(em).find(owner, id).orElseThrow());
    }

    /** What a claim would take now; rolled back, so nothing changes. */
    private static List<Long> claim(Instant now) {
        EntityManager em = TestDatabase.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            return ids(new JpaTaskRepository(em).claimDueReminders(now, 50));
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    /** Claims and delivers (marks) every due reminder, as the scheduler does; returns the ids. */
    private static List<Long> settle(Instant now) {
        return inTransaction(em -> {
            List<Task> claimed = new JpaTaskRepository(em).claimDueReminders(now, 50);
            markReminded(em, claimed, now);
            return ids(claimed);
        });
    }

    private static void markReminded(EntityManager em, List<Task> claimed, Instant now) {
        JpaTaskRepository tasks = new JpaTaskRepository(em);
        for (Task task : claimed) {
            task.markReminded(clock(now));
            tasks.update(task);
        }
    }

    private static List<Long> ids(List<Task> tasks) {
        return new ArrayList<>(tasks.stream().map(Task::id).toList());
    }

    private static Clock clock(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
