package dev.taskchat.persistence.task;

import static dev.taskchat.persistence.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import dev.taskchat.domain.tag.Tag;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.TaskFilter;
import dev.taskchat.domain.task.TaskPage;
import dev.taskchat.domain.task.TaskSort;
import dev.taskchat.domain.task.TaskStatus;
import dev.taskchat.domain.task.Title;
import dev.taskchat.persistence.TestDatabase;
import dev.taskchat.persistence.tag.JpaTagRepository;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JpaTaskRepositoryTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final long owner = TestDatabase.newUser();

    @Test
    void storesEveryFieldAndReadsItBack() {
        TaskDetails details = new TaskDetails(
                Title.of("Pay rent"),
                "to the landlord",
                Priority.URGENT,
                Due.at(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0)),
                Instant.parse("2026-12-01T07:30:00Z"),
                Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1", false));
        long id = inTransaction(em -> {
            Tag home = new JpaTagRepository(em).obtain(owner, TagName.of("home"), NOW);
            Task task = Task.create(owner, details, Set.of(home), BERLIN, clock(NOW));
            new JpaTaskRepository(em).add(task);
            return task.id();
        });

        Task read = inTransaction(em -> {
            Task task = new JpaTaskRepository(em).find(owner, id).orElseThrow();
            task.tagNames(); // load the tags inside the transaction
            return task;
        });

        assertThat(read.details()).isEqualTo(details);
        assertThat(read.tagNames()).containsExactly("home");
        assertThat(read.dueAt()).contains(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void anotherUsersTaskIsNotFound() {
        long id = add(owner, "mine", null, Priority.NONE, NOW).id();
        long stranger = TestDatabase.newUser();

        assertThat(find(stranger, id)).isEmpty();
        assertThat(find(owner, id)).isPresent();
        assertThat(list(stranger, TaskFilter.open(), TaskSort.DUE).items()).isEmpty();
    }

    @Test
    void updatesBumpTheVersionAndStaleWritesFail() {
        long id = add(owner, "versioned", null, Priority.NONE, NOW).id();
        Task stale =
                inTransaction(em -> new JpaTaskRepository(em).find(owner, id).orElseThrow());

        TestDatabase.run(em -> {
            JpaTaskRepository tasks = new JpaTaskRepository(em);
            Task task = tasks.find(owner, id).orElseThrow();
            task.edit(task.details().withPriority(Priority.HIGH), task.tags(), BERLIN, clock(NOW));
            tasks.update(task);
            assertThat(task.version()).isEqualTo(2);
        });

        assertThatThrownBy(() -> TestDatabase.run(em -> {
                    Task merged = em.merge(stale);
                    merged.edit(merged.details().withPriority(Priority.LOW), Set.of(), BERLIN, clock(NOW));
                    em.flush();
                }))
                .isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void filtersByStatusPriorityTagDueRangeAndText() {
        long user = TestDatabase.newUser();
        add(user, "Pay rent", LocalDate.of(2026, 12, 1), Priority.URGENT, NOW, "home");
        add(user, "Call the dentist", LocalDate.of(2026, 11, 25), Priority.HIGH, NOW, "health");
        add(user, "Renovation plan", null, Priority.NONE, NOW, "home");
        Task done = add(user, "Buy milk", LocalDate.of(2026, 11, 20), Priority.LOW, NOW);
        TestDatabase.run(em -> {
            Task task = new JpaTaskRepository(em).find(user, done.id()).orElseThrow();
            task.complete(BERLIN, clock(NOW));
        });

        assertThat(titles(user, TaskFilter.open())).containsExactly("Call the dentist", "Pay rent", "Renovation plan");
        assertThat(titles(user, filter(TaskStatus.COMPLETED, null, null, null, null, null)))
                .containsExactly("Buy milk");
        assertThat(titles(user, filter(TaskStatus.ALL, null, null, null, null, null)))
                .hasSize(4);
        assertThat(titles(user, filter(TaskStatus.OPEN, Priority.URGENT, null, null, null, null)))
                .containsExactly("Pay rent");
        assertThat(titles(user, filter(TaskStatus.OPEN, null, "home", null, null, null)))
                .containsExactly("Pay rent", "Renovation plan");
        assertThat(titles(
                        user,
                        filter(
                                TaskStatus.ALL,
                                null,
                                null,
                                LocalDate.of(2026, 11, 21),
                                LocalDate.of(2026, 11, 30),
                                null)))
                .containsExactly("Call the dentist");
        assertThat(titles(user, filter(TaskStatus.OPEN, null, null, null, null, "dent")))
                .containsExactly("Call the dentist");
        assertThat(titles(user, filter(TaskStatus.OPEN, null, null, null, null, "RENT pay")))
                .containsExactly("Pay rent");
        assertThat(titles(user, filter(TaskStatus.OPEN, null, null, null, null, "nothing-like-this")))
                .isEmpty();
        // punctuation only: no words to search for, so no text filter (and no SQL error)
        assertThat(titles(user, filter(TaskStatus.OPEN, null, null, null, null, "&|!:*'")))
                .hasSize(3);
    }

    @Test
    void sortsAreTotalAndPagingVisitsEveryTaskOnce() {
        long user = TestDatabase.newUser();
        List<Long> created = new ArrayList<>();
        Priority[] priorities = Priority.values();
        for (int i = 0; i < 23; i++) {
            // many ties: five due dates, five priorities, some undated, three creation instants
            LocalDate due = i % 6 == 5 ? null : LocalDate.of(2026, 12, 1 + i % 5);
            created.add(add(user, "task " + i, due, priorities[i % 5], NOW.plusSeconds(i % 3))
                    .id());
        }
        for (TaskSort sort : TaskSort.values()) {
            List<Long> all = list(user, TaskFilter.open(), sort, null, 100).items().stream()
                    .map(Task::id)
                    .toList();
            List<Long> paged = new ArrayList<>();
            String cursor = null;
            do {
                TaskPage page = list(user, TaskFilter.open(), sort, cursor, 4);
                assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
                page.items().forEach(task -> paged.add(task.id()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(paged).as("paging by %s", sort).isEqualTo(all);
            assertThat(paged).containsExactlyInAnyOrderElementsOf(created);
        }
        List<Task> byDue =
                list(user, TaskFilter.open(), TaskSort.DUE, null, 100).items();
        assertThat(byDue.get(0).due()).contains(Due.on(LocalDate.of(2026, 12, 1)));
        assertThat(byDue.get(byDue.size() - 1).due()).isEmpty();
        List<Task> byPriority =
                list(user, TaskFilter.open(), TaskSort.PRIORITY, null, 100).items();
        assertThat(byPriority.get(0).priority()).isEqualTo(Priority.URGENT);
        assertThat(byPriority.get(byPriority.size() - 1).priority()).isEqualTo(Priority.NONE);
        List<Task> newest =
                list(user, TaskFilter.open(), TaskSort.CREATED_DESC, null, 100).items();
        assertThat(newest.get(0).createdAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void aCursorFromAnotherSortOrGarbageIsRejected() {
        long user = TestDatabase.newUser();
        for (int i = 0; i < 3; i++) {
            add(user, "t" + i, null, Priority.NONE, NOW);
        }
        String cursor = list(user, TaskFilter.open(), TaskSort.DUE, null, 1).nextCursor();
        assertThat(cursor).isNotNull();

        assertThatThrownBy(() -> list(user, TaskFilter.open(), TaskSort.CREATED, cursor, 1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> list(user, TaskFilter.open(), TaskSort.DUE, "not-a-cursor", 1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> list(user, TaskFilter.open(), TaskSort.DUE, forged("due|garbage|1"), 1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> list(user, TaskFilter.open(), TaskSort.DUE, forged("due|2026-13-45 00:00:00+00|1"), 1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> list(user, TaskFilter.open(), TaskSort.PRIORITY, forged("priority|x|1"), 1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> list(user, TaskFilter.open(), TaskSort.DUE, forged("due|infinity|x"), 1))
                .isInstanceOf(InvalidValueException.class);
        // a well-formed cursor someone wrote by hand is just a position
        assertThat(list(user, TaskFilter.open(), TaskSort.DUE, forged("due|infinity|0"), 10)
                        .items())
                .hasSize(3);
    }

    @Test
    void removingATaskKeepsItsTags() {
        long user = TestDatabase.newUser();
        Task task = add(user, "tagged", null, Priority.NONE, NOW, "keep");
        TestDatabase.run(em -> {
            JpaTaskRepository tasks = new JpaTaskRepository(em);
            tasks.remove(tasks.find(user, task.id()).orElseThrow());
        });
        assertThat(find(user, task.id())).isEmpty();
        assertThat(TestDatabase.<Optional<Tag>>inTransaction(
                        em -> new JpaTagRepository(em).find(user, TagName.of("keep"))))
                .isPresent();
    }

    private static Task add(
            long user, String title, LocalDate due, Priority priority, Instant createdAt, String... tags) {
        return inTransaction(em -> {
            Set<Tag> taskTags = new java.util.HashSet<>();
            for (String tag : tags) {
                taskTags.add(new JpaTagRepository(em).obtain(user, TagName.of(tag), createdAt));
            }
            TaskDetails details =
                    new TaskDetails(Title.of(title), null, priority, due == null ? null : Due.on(due), null, null);
            Task task = Task.create(user, details, taskTags, BERLIN, clock(createdAt));
            new JpaTaskRepository(em).add(task);
            return task;
        });
    }

    private static String forged(String plain) {
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Optional<Task> find(long user, long id) {
        return inTransaction(em -> new JpaTaskRepository(em).find(user, id));
    }

    private static TaskFilter filter(
            TaskStatus status, Priority priority, String tag, LocalDate from, LocalDate to, String text) {
        return new TaskFilter(status, priority, tag == null ? null : TagName.of(tag), from, to, text);
    }

    private static List<String> titles(long user, TaskFilter filter) {
        return list(user, filter, TaskSort.DUE).items().stream()
                .map(Task::title)
                .toList();
    }

    private static TaskPage list(long user, TaskFilter filter, TaskSort sort) {
        return list(user, filter, sort, null, 100);
    }

    private static TaskPage list(long user, TaskFilter filter, TaskSort sort, String cursor, int limit) {
        return inTransaction(em -> {
            TaskPage page = new JpaTaskRepository(em).list(user, filter, sort, cursor, limit);
            page.items().forEach(Task::tagNames);
            return page;
        });
    }

    private static Clock clock(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
