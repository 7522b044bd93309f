package dev.taskchat.domain.task;

import dev.taskchat.domain.error.StaleVersionException;
import dev.taskchat.domain.error.Violations;
import dev.taskchat.domain.tag.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A task of one user. Its details change only through {@link #edit}, which checks the rules that
 * span fields; completing a repeating task closes this occurrence and yields the next one.
 *
 * <p>The fields mirror the stored columns so the persistence layer can map this class as it is;
 * {@link #dueAt} is derived from the due date, time and the owner's zone whenever they change.
 */
public class Task {
    private Long id;
    private long ownerId;
    private String title;
    private String description;
    private Priority priority;
    private LocalDate dueDate;
    private LocalTime dueTime;
    private Instant dueAt;
    private Instant remindAt;
    private Instant reminderSentAt;
    private String recurrence;
    private boolean repeatFromCompletion;
    private Instant completedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private long version;
    private Set<Tag> tags = new HashSet<>();

    /** For the persistence mapping only. */
    protected Task() {}

    private Task(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Task create(long ownerId, TaskDetails details, Set<Tag> tags, ZoneId zone, Clock clock) {
        Task task = new Task(ownerId, clock.instant());
        task.apply(details, tags, zone);
        return task;
    }

    /** Replaces every editable detail and the tags at once, after checking the rules between them. */
    public void edit(TaskDetails details, Set<Tag> newTags, ZoneId zone, Clock clock) {
        apply(details, newTags, zone);
        updatedAt = clock.instant();
    }

    private void apply(TaskDetails details, Set<Tag> newTags, ZoneId zone) {
        check(details, zone);
        // before anything changes, so a refused edit leaves the task as it was
        for (Tag tag : newTags) {
            if (tag.ownerId() != ownerId) {
                throw new IllegalArgumentException("tag " + tag.name() + " belongs to another user");
            }
        }
        title = details.title().value();
        description = details.description();
        priority = details.priority();
        Due due = details.due();
        dueDate = due == null ? null : due.date();
        dueTime = due == null ? null : due.time();
        dueAt = due == null ? null : due.instantIn(zone);
        if (!java.util.Objects.equals(remindAt, details.remindAt())) {
            reminderSentAt = null; // a new reminder time is a new reminder to deliver
        }
        remindAt = details.remindAt();
        recurrence = details.recurrence() == null ? null : details.recurrence().rule();
        repeatFromCompletion =
                details.recurrence() != null && details.recurrence().fromCompletion();
        tags = new HashSet<>(newTags);
    }

    /**
     * Checks the rules between fields without changing anything, for callers that must know before
     * they write (the chat answers a broken rule instead of failing the whole exchange).
     */
    public static void validate(TaskDetails details, ZoneId zone) {
        check(details, zone);
    }

    private static void check(TaskDetails details, ZoneId zone) {
        Violations violations = new Violations();
        Due due = details.due();
        if (details.recurrence() != null && due == null) {
            violations.add("recurrence", "needs a dueDate: a repeating task repeats from its due date");
        }
        if (due != null && details.remindAt() != null && details.remindAt().isAfter(due.instantIn(zone))) {
            violations.add("remindAt", "must not be after the task is due");
        }
        violations.throwIfAny();
    }

    /**
     * Marks this task done. For a repeating task, returns the next occurrence as a new task (not yet
     * stored) with the same details, its reminder kept at the same distance before the due time.
     * Completing a completed task changes nothing and returns empty.
     */
    public Optional<Task> complete(ZoneId zone, Clock clock) {
        if (isCompleted()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        completedAt = now;
        updatedAt = now;
        Optional<Recurrence> repeat = recurrence();
        if (repeat.isEmpty()) {
            return Optional.empty();
        }
        Due current = due().orElseThrow();
        return repeat.get()
                .next(current, LocalDateTime.ofInstant(now, zone))
                .map(next -> create(ownerId, nextDetails(current, next, zone), tags, zone, clock));
    }

    private TaskDetails nextDetails(Due current, Recurrence.Occurrence next, ZoneId zone) {
        Instant nextReminder = null;
        if (remindAt != null) {
            // keep the reminder at the same local distance before the due time ("30 min before",
            // "at 8am on the day"), which an instant offset would not across a DST change
            Duration before = Duration.between(
                    LocalDateTime.ofInstant(remindAt, zone), LocalDateTime.ofInstant(current.instantIn(zone), zone));
            LocalDateTime nextDue = LocalDateTime.ofInstant(next.due().instantIn(zone), zone);
            nextReminder = nextDue.minus(before).atZone(zone).toInstant();
        }
        return details().withDue(next.due()).withRecurrence(next.recurrence()).withRemindAt(nextReminder);
    }

    /** Notes that the reminder was delivered, so it is not delivered again. */
    public void markReminded(Clock clock) {
        reminderSentAt = clock.instant();
    }

    public Optional<Instant> reminderSentAt() {
        return Optional.ofNullable(reminderSentAt);
    }

    /** What this task is now, to put it back later. */
    public TaskSnapshot snapshot() {
        return new TaskSnapshot(details(), tagNames(), completedAt);
    }

    /**
     * Puts the task back as the snapshot has it, completion included, without the side effects the
     * original actions had (restoring a completion creates no next occurrence).
     */
    public void restore(TaskSnapshot snapshot, Set<Tag> snapshotTags, ZoneId zone, Clock clock) {
        apply(snapshot.details(), snapshotTags, zone);
        completedAt = snapshot.completedAt();
        updatedAt = clock.instant();
    }

    public void reopen(Clock clock) {
        if (isCompleted()) {
            completedAt = null;
            updatedAt = clock.instant();
        }
    }

    /** Optimistic concurrency for clients that send the version they read (If-Match). */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw new StaleVersionException("task " + id, expected, version);
        }
    }

    public TaskDetails details() {
        return new TaskDetails(
                Title.of(title),
                description,
                priority,
                due().orElse(null),
                remindAt,
                recurrence().orElse(null));
    }

    public Long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Priority priority() {
        return priority;
    }

    public Optional<Due> due() {
        return dueDate == null ? Optional.empty() : Optional.of(new Due(dueDate, dueTime));
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public Optional<Instant> remindAt() {
        return Optional.ofNullable(remindAt);
    }

    public Optional<Recurrence> recurrence() {
        return recurrence == null ? Optional.empty() : Optional.of(Recurrence.parse(recurrence, repeatFromCompletion));
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public Set<Tag> tags() {
        return Set.copyOf(tags);
    }

    /** Tag names in alphabetical order. */
    public List<String> tagNames() {
        return tags.stream().map(Tag::name).sorted(Comparator.naturalOrder()).toList();
    }

    public boolean isOverdue(Clock clock) {
        return !isCompleted() && dueAt != null && dueAt.isBefore(clock.instant());
    }

    @Override
    public String toString() {
        return "Task[" + id + ", " + Objects.toString(title) + "]";
    }
}
