package dev.taskchat.persistence.tag;

import static dev.taskchat.persistence.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.ConflictException;
import dev.taskchat.domain.tag.Tag;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.tag.TagUsage;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.persistence.TestDatabase;
import dev.taskchat.persistence.task.JpaTaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JpaTagRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final long owner = TestDatabase.newUser();

    @Test
    void obtainCreatesOnFirstUseAndFindsAfterwards() {
        long first = inTransaction(em ->
                new JpaTagRepository(em).obtain(owner, TagName.of("home"), NOW).id());
        long second = inTransaction(em ->
                new JpaTagRepository(em).obtain(owner, TagName.of("#Home"), NOW).id());
        long otherUsers = inTransaction(em -> new JpaTagRepository(em)
                .obtain(TestDatabase.newUser(), TagName.of("home"), NOW)
                .id());

        assertThat(second).isEqualTo(first);
        assertThat(otherUsers).isNotEqualTo(first);
    }

    @Test
    void concurrentFirstUsesOfOneNameMakeOneTag() throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Long>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                ids.add(pool.submit(() -> {
                    start.await();
                    return inTransaction(em -> new JpaTagRepository(em)
                            .obtain(owner, TagName.of("race"), NOW)
                            .id());
                }));
            }
            start.countDown();
            Set<Long> distinct = new java.util.HashSet<>();
            for (Future<Long> id : ids) {
                distinct.add(id.get());
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void usageCountsOpenAndAllTasks() {
        tagged("a", "work", "home");
        tagged("b", "work");
        long done = tagged("c", "work");
        TestDatabase.run(
                em -> new JpaTaskRepository(em).find(owner, done).orElseThrow().complete(ZONE, clock()));
        inTransaction(em -> new JpaTagRepository(em).obtain(owner, TagName.of("unused"), NOW));

        List<TagUsage> usage = inTransaction(em -> new JpaTagRepository(em).usage(owner));

        assertThat(usage)
                .containsExactly(new TagUsage("home", 1, 1), new TagUsage("unused", 0, 0), new TagUsage("work", 2, 3));
    }

    @Test
    void renameOntoATakenNameIsAConflict() {
        inTransaction(em -> new JpaTagRepository(em).obtain(owner, TagName.of("taken"), NOW));
        inTransaction(em -> new JpaTagRepository(em).obtain(owner, TagName.of("free"), NOW));

        assertThatThrownBy(() -> TestDatabase.run(em -> {
                    JpaTagRepository tags = new JpaTagRepository(em);
                    Tag tag = tags.find(owner, TagName.of("free")).orElseThrow();
                    tag.rename(TagName.of("taken"));
                    tags.update(tag);
                }))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).reason())
                .isEqualTo("tag-exists");
    }

    @Test
    void renameShowsOnEveryTaskAndRemoveKeepsTheTasks() {
        long task = tagged("errand", "shops");
        TestDatabase.run(em -> {
            JpaTagRepository tags = new JpaTagRepository(em);
            Tag tag = tags.find(owner, TagName.of("shops")).orElseThrow();
            tag.rename(TagName.of("shopping"));
            tags.update(tag);
        });
        assertThat(tagNames(task)).containsExactly("shopping");

        TestDatabase.run(em -> {
            JpaTagRepository tags = new JpaTagRepository(em);
            tags.remove(tags.find(owner, TagName.of("shopping")).orElseThrow());
        });
        assertThat(tagNames(task)).isEmpty();
    }

    private long tagged(String title, String... tags) {
        return inTransaction(em -> {
            Set<Tag> taskTags = new java.util.HashSet<>();
            for (String tag : tags) {
                taskTags.add(new JpaTagRepository(em).obtain(owner, TagName.of(tag), NOW));
            }
            Task task = Task.create(owner, TaskDetails.titled(title), taskTags, ZONE, clock());
            new JpaTaskRepository(em).add(task);
            return task.id();
        });
    }

    private List<String> tagNames(long task) {
        return inTransaction(
                em -> new JpaTaskRepository(em).find(owner, task).orElseThrow().tagNames());
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
