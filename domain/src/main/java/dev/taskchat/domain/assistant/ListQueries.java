package dev.taskchat.domain.assistant;

import static java.time.temporal.TemporalAdjusters.lastDayOfMonth;
import static java.time.temporal.TemporalAdjusters.next;
import static java.time.temporal.TemporalAdjusters.nextOrSame;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.TaskFilter;
import dev.taskchat.domain.task.TaskStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a question about the list: "what's due this week?", "today", "overdue", "what's urgent", "show
 * #work tasks", "list done tasks", "find dentist", "tasks".
 *
 * <p>Ranges start today: "this week" is the coming seven days (asked on a Sunday it must not mean only
 * today), "this month" today
 * to its last day, "next week" Monday to Sunday of next week, "the next 7 days" today and the six after;
 * "due by friday" has no start, so it includes what is overdue. Without a verb ("show", "what's", "find")
 * a message is a query only if every word is a filter or a word like "tasks" ("tomorrow", "#work", "p1");
 * any other word makes it a task to add. After a question word, an unknown word makes it no query at all
 * (the parser then says what it can do); after "show", "list" or "find", unknown words are searched for
 * in titles.
 */
final class ListQueries {
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("what", "do", "i", "have"),
            List.of("what", "have", "i", "got"),
            List.of("do", "i", "have"),
            List.of("is", "there", "anything"),
            List.of("are", "there", "any"),
            List.of("what's"),
            List.of("whats"),
            List.of("what"),
            List.of("which"),
            List.of("anything"),
            List.of("any"));
    private static final List<List<String>> LISTINGS =
            List.of(List.of("show", "me"), List.of("show"), List.of("list"), List.of("display"), List.of("view"));
    private static final List<List<String>> SEARCHES =
            List.of(List.of("search", "for"), List.of("look", "for"), List.of("search"), List.of("find"));
    private static final Set<String> NOUNS =
            Set.of("tasks", "task", "todos", "todo", "to-dos", "list", "agenda", "items", "everything");
    private static final Set<String> FILLERS = Set.of(
            "my",
            "me",
            "the",
            "all",
            "a",
            "an",
            "is",
            "are",
            "due",
            "on",
            "for",
            "i",
            "have",
            "got",
            "do",
            "that",
            "which",
            "with",
            "tagged",
            "of",
            "please",
            "up",
            "there",
            "any",
            "anything",
            "in",
            "to",
            "what",
            "next",
            "now",
            "still",
            "coming",
            "did",
            "was",
            "were",
            "been",
            "and",
            "marked",
            "as",
            "priority",
            "left");
    private static final Set<String> COMPLETED =
            Set.of("done", "completed", "complete", "finished", "finish", "closed");
    private static final Set<String> OPEN = Set.of("open", "pending", "remaining", "unfinished", "incomplete");

    private final Now now;
    private final DatePhrases dates;

    ListQueries(Now now, DatePhrases dates) {
        this.now = now;
        this.dates = dates;
    }

    private record Range(LocalDate from, LocalDate to, String label) {}

    /** The query the message asks, or null when it is not one. */
    ListTasks read(Tokens t) {
        int question = lead(t, QUESTIONS);
        int listing = question > 0 ? 0 : lead(t, LISTINGS);
        int search = question + listing > 0 ? 0 : lead(t, SEARCHES);
        TaskStatus status = TaskStatus.OPEN;
        Priority priority = null;
        TagName tag = null;
        Range range = null;
        boolean overdue = false;
        boolean noun = false;
        List<String> text = new ArrayList<>();
        int i = question + listing + search;
        while (i < t.size()) {
            String word = t.word(i);
            Match<Range> when = range == null && word != null ? range(t, i) : null;
            Match<Priority> level = priority == null ? PriorityPhrases.find(t, i) : null;
            Match<TagName> tagged = tag == null ? PriorityPhrases.tag(t, i) : null;
            if (word == null) {
                text.add(t.token(i).raw());
            } else if (when != null) {
                range = when.value();
                i = when.end();
                continue;
            } else if (level != null) {
                priority = level.value();
                i = level.end();
                continue;
            } else if (tagged != null) {
                tag = tagged.value();
            } else if (word.equals("overdue") || word.equals("late")) {
                overdue = true;
            } else if (COMPLETED.contains(word)) {
                status = TaskStatus.COMPLETED;
            } else if (OPEN.contains(word)) {
                status = TaskStatus.OPEN;
            } else if (NOUNS.contains(word)) {
                noun = true;
                status = word.equals("everything") ? TaskStatus.ALL : status;
            } else if (!FILLERS.contains(word) && !word.equals("?")) {
                text.add(t.token(i).raw());
            }
            i++;
        }
        boolean filtered = priority != null || tag != null || range != null || overdue || status != TaskStatus.OPEN;
        if (question + listing + search == 0 && (!text.isEmpty() || !(filtered || noun))) {
            return null;
        }
        if (question > 0 && !text.isEmpty()) {
            return null;
        }
        return query(status, priority, tag, range, overdue, String.join(" ", text));
    }

    private static int lead(Tokens t, List<List<String>> leads) {
        for (List<String> lead : leads) {
            if (t.matches(0, lead.toArray(String[]::new))) {
                return lead.size();
            }
        }
        return 0;
    }

    private ListTasks query(
            TaskStatus status, Priority priority, TagName tag, Range range, boolean overdue, String text) {
        LocalDate from = range == null ? null : range.from();
        LocalDate to = range == null ? null : range.to();
        if (overdue) {
            // the executor keeps only what is already past due; nothing due after today can be
            to = to == null || to.isAfter(now.today()) ? now.today() : to;
            status = TaskStatus.OPEN;
        }
        List<String> parts = new ArrayList<>();
        if (status == TaskStatus.COMPLETED) {
            parts.add("completed");
        } else if (status == TaskStatus.ALL) {
            parts.add("all, done or not");
        }
        if (overdue) {
            parts.add("overdue");
        }
        if (priority != null) {
            parts.add(Describe.priority(priority));
        }
        if (tag != null) {
            parts.add("tagged #" + tag.value());
        }
        if (range != null) {
            parts.add(range.label());
        }
        if (!text.isBlank()) {
            parts.add("matching \"" + text.strip() + "\"");
        }
        String description = parts.isEmpty() ? "open" : String.join(", ", parts);
        return new ListTasks(new TaskFilter(status, priority, tag, from, to, text), overdue, description);
    }

    /** "this week", "next month", "the next 7 days", "by friday", or one day ("today", "due friday"). */
    private Match<Range> range(Tokens t, int i) {
        LocalDate today = now.today();
        LocalDate nextMonday = today.with(next(DayOfWeek.MONDAY));
        int j = t.is(i, "due", "on", "for") ? i + 1 : i;
        if (t.matches(j, "this", "week")) {
            // the coming seven days: asked on a Sunday, "this week" must not mean only today
            return new Match<>(new Range(today, today.plusDays(6), "due this week"), j + 2);
        }
        if (t.matches(j, "next", "week")) {
            return new Match<>(new Range(nextMonday, nextMonday.plusDays(6), "due next week"), j + 2);
        }
        if (t.matches(j, "this", "weekend")) {
            LocalDate saturday =
                    today.getDayOfWeek() == DayOfWeek.SUNDAY ? today : today.with(nextOrSame(DayOfWeek.SATURDAY));
            return new Match<>(
                    new Range(saturday, saturday.with(nextOrSame(DayOfWeek.SUNDAY)), "due this weekend"), j + 2);
        }
        if (t.matches(j, "this", "month")) {
            return new Match<>(new Range(today, today.with(lastDayOfMonth()), "due this month"), j + 2);
        }
        if (t.matches(j, "next", "month")) {
            LocalDate first = today.plusMonths(1).withDayOfMonth(1);
            return new Match<>(new Range(first, first.with(lastDayOfMonth()), "due next month"), j + 2);
        }
        int k = t.skip(j, "the");
        Integer days = t.is(k, "next", "coming") ? Words.count(t.word(k + 1), false) : null;
        if (days != null && t.is(k + 2, "days")) {
            return new Match<>(new Range(today, today.plusDays(days - 1L), "due in the next " + days + " days"), k + 3);
        }
        if (t.is(j, "by", "before", "until")) {
            Match<DateHit> last = dates.read(t, j + 1, true, x -> true);
            return last == null
                    ? null
                    : new Match<>(
                            new Range(
                                    null,
                                    last.value().date(),
                                    "due by " + Describe.day(last.value().date(), today)),
                            last.end());
        }
        Match<DateHit> day = dates.read(t, j, j > i, x -> true);
        return day == null
                ? null
                : new Match<>(
                        new Range(
                                day.value().date(),
                                day.value().date(),
                                "due " + Describe.day(day.value().date(), today)),
                        day.end());
    }
}
