package dev.taskchat.domain.assistant;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads the quick-add tokens out of a task phrase (reminder, repetition and its "until"/"for 5
 * times"/"starting" modifiers, date, time, priority, tags); the words left over are the title. Each kind
 * is taken the first time it appears; a second date or priority stays in the title as text, where the
 * reply shows it. Then resolves the due date and the reminder against {@link Now}.
 */
final class QuickAdd {
    /** Words that, left dangling before a token ("dinner at tonight"), do not belong in the title. */
    private static final Set<String> DANGLING = Set.of("at", "on", "by", "due", "for", "from", "until", "in");

    private final Now now;
    private final DatePhrases dates;
    private final TimePhrases times = new TimePhrases();
    private final RecurrencePhrases repeats = new RecurrencePhrases();
    private final ReminderPhrases reminders;

    QuickAdd(Now now) {
        this.now = now;
        this.dates = new DatePhrases(now);
        this.reminders = new ReminderPhrases(dates, times);
    }

    DatePhrases dates() {
        return dates;
    }

    ReminderPhrases reminders() {
        return reminders;
    }

    Extraction read(Tokens t) {
        boolean repeating = false;
        boolean everyPhrase = false;
        for (int i = 0; i < t.size(); i++) {
            if (repeats.find(t, i, true) != null) {
                repeating = true;
                everyPhrase |= !RecurrencePhrases.ADJECTIVES.contains(String.valueOf(t.word(i)));
            }
        }
        Reading reading = new Reading(t, repeating, !everyPhrase, new Boolean[t.size()]);
        int i = 0;
        while (i < t.size()) {
            int end = reading.step(i);
            if (end == i) {
                reading.title.add(i);
                end = i + 1;
            } else {
                reading.consumed.set(i, end);
            }
            i = end;
        }
        return reading.result();
    }

    /**
     * The due date: the date given (a rolling one moves on when its time has passed today), else the
     * first occurrence of a repetition from today on, else a time alone today while still ahead or
     * tomorrow. {@code anchorRepetition}: a repetition without date or time still gets its first occurrence
     * as due (a new task must have one; an update keeps the task's own).
     */
    Due due(Extraction x, boolean anchorRepetition) {
        LocalTime time = time(x);
        LocalDate date;
        if (x.date() != null) {
            date = x.date().date();
            if (x.date().later() != null && time != null && isPastToday(date, time)) {
                date = x.date().later().apply(date);
            }
        } else if (x.repeat() != null && (anchorRepetition || time != null)) {
            date = x.repeat().firstFrom(now.today());
            if (time != null && isPastToday(date, time)) {
                date = x.repeat().firstFrom(now.today().plusDays(1));
            }
        } else if (time != null) {
            date = now.nextDayAt(time);
        } else {
            return null;
        }
        return time == null ? Due.on(date) : Due.at(date, time);
    }

    private boolean isPastToday(LocalDate date, LocalTime time) {
        return date.equals(now.today()) && !time.isAfter(now.time());
    }

    private static LocalTime time(Extraction x) {
        if (x.time() != null) {
            boolean evening = x.date() != null && x.date().evening();
            return (evening ? x.time().inEvening() : x.time()).time();
        }
        if (x.date() != null && x.date().time() != null) {
            return x.date().time();
        }
        return x.repeat() == null ? null : x.repeat().time();
    }

    /**
     * The reminder for a task due at {@code due}. {@code atDueUnlessSaid}: "remind me to …" asks for one
     * at the due time when no other was given. A reminder "at the due time" of an all-day task is at
     * 09:00 that day, not at the midnight that ends it; without a due date there is nothing to be
     * reminded at, and none is set.
     */
    Reminder reminder(ReminderSpec spec, Due due, boolean atDueUnlessSaid) {
        if (spec == null) {
            spec = atDueUnlessSaid ? new ReminderSpec.AtDue() : null;
        }
        if (spec == null) {
            return null;
        }
        if (spec instanceof ReminderSpec.Before before) {
            return new Reminder.Before(before.before());
        }
        if (spec instanceof ReminderSpec.AtTime at) {
            LocalDate day = at.date() != null ? at.date() : due != null ? due.date() : now.nextDayAt(at.time());
            return new Reminder.At(day.atTime(at.time()));
        }
        if (due == null) {
            return null;
        }
        return due.isAllDay() ? new Reminder.At(due.date().atTime(TimePhrases.MORNING)) : new Reminder.AtDue();
    }

    /** One pass over a phrase; {@link #step} reads whatever token phrase starts at an index. */
    private final class Reading {
        private final Tokens t;
        private final boolean repeating;
        private final boolean adjectives;
        private final IntPredicate boundary;
        private final List<Integer> title = new ArrayList<>();
        private final BitSet consumed = new BitSet();
        private final Set<TagName> tags = new LinkedHashSet<>();
        private ReminderSpec reminder;
        private RepeatRule repeat;
        private int repeatEnd = -1;
        private DateHit date;
        private int dateEnd = -1;
        private DateHit start;
        private LocalDate until;
        private Integer count;
        private boolean fromCompletion;
        private TimeHit time;
        private Priority priority;

        /** @param startsToken whether a token phrase starts at an index, filled in as asked */
        Reading(Tokens t, boolean repeating, boolean adjectives, Boolean[] startsToken) {
            this.t = t;
            this.repeating = repeating;
            this.adjectives = adjectives;
            // a bare ordinal is a date when a token phrase follows it ("the 1st at 9am"); remembered, so
            // that a run of ordinals is looked at once, not once per ordinal before it
            this.boundary = j -> {
                if (j >= t.size()) {
                    return true;
                }
                if (startsToken[j] == null) {
                    startsToken[j] = new Reading(t, repeating, adjectives, startsToken).step(j) > j;
                }
                return startsToken[j];
            };
        }

        /** Reads the token phrase at i into this reading; returns its end, or i when there is none. */
        int step(int i) {
            if (t.token(i).literal()) {
                return i;
            }
            if (reminder == null) {
                Match<ReminderSpec> m = reminders.find(t, i);
                if (m != null) {
                    reminder = m.value();
                    return m.end();
                }
            }
            if (repeat == null) {
                Match<RepeatRule> m = repeats.find(t, i, adjectives);
                if (m != null) {
                    repeat = m.value();
                    repeatEnd = m.end();
                    return m.end();
                }
            }
            if (repeating) {
                int end = modifier(i);
                if (end > i) {
                    return end;
                }
            }
            if (date == null) {
                Match<DateHit> m = dates.find(t, i, boundary);
                if (m != null) {
                    date = m.value();
                    dateEnd = m.end();
                    return m.end();
                }
            }
            if (time == null) {
                Match<TimeHit> m = times.find(t, i, i == dateEnd || i == repeatEnd);
                if (m != null) {
                    time = m.value();
                    return m.end();
                }
            }
            if (priority == null) {
                Match<Priority> m = PriorityPhrases.find(t, i);
                if (m != null) {
                    priority = m.value();
                    return m.end();
                }
            }
            Match<TagName> tag = PriorityPhrases.tag(t, i);
            if (tag != null) {
                tags.add(tag.value());
                return tag.end();
            }
            return i;
        }

        /** "until dec 31", "for 5 times", "5 times", "after completion", "starting monday". */
        private int modifier(int i) {
            if (until == null && t.is(i, "until", "till", "through", "ending")) {
                Match<DateHit> last = dates.read(t, t.skip(i + 1, "on"), true, boundary);
                if (last != null) {
                    until = last.value().date();
                    return last.end();
                }
            }
            int n = t.skip(i, "for");
            Integer times = Words.count(t.word(n), false);
            if (count == null && times != null && t.is(n + 1, "times", "occurrences")) {
                count = times;
                return n + 2;
            }
            int completion = RecurrencePhrases.completion(t, i);
            if (completion > i) {
                fromCompletion = true;
                return completion;
            }
            if (start == null && date == null && t.is(i, "starting", "beginning", "from")) {
                int j = t.is(i + 1, "on", "from") ? i + 2 : i + 1;
                Match<DateHit> first = dates.read(t, j, true, boundary);
                if (first != null) {
                    start = first.value();
                    return first.end();
                }
            }
            return i;
        }

        Extraction result() {
            RepeatRule rule = repeat;
            if (rule != null) {
                rule = count == null ? rule : rule.times(count);
                rule = until == null ? rule : rule.until(until);
                rule = fromCompletion ? rule.afterCompletion() : rule;
            }
            List<Integer> words = new ArrayList<>(title);
            // "dinner at tonight": drop a preposition left hanging before a token phrase
            while (!words.isEmpty()) {
                int last = words.get(words.size() - 1);
                if (!consumed.get(last + 1) || !DANGLING.contains(String.valueOf(t.word(last)))) {
                    break;
                }
                words.remove(words.size() - 1);
            }
            String text =
                    String.join(" ", words.stream().map(k -> t.token(k).raw()).toList());
            List<String> rest = words.stream().map(t::word).toList();
            return new Extraction(
                    tidy(text),
                    rest,
                    priority,
                    new LinkedHashSet<>(tags),
                    date != null ? date : start,
                    time,
                    rule,
                    reminder);
        }
    }

    /** Drops separators left at either end once tokens are gone ("call mom, tomorrow" → "call mom"). */
    static String tidy(String title) {
        return title.strip().replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "");
    }
}
