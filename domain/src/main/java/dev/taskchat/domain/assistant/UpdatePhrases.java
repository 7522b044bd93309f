package dev.taskchat.domain.assistant;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Title;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a change to an existing task: "move dentist to friday 3pm", "reschedule it for tomorrow",
 * "rename X to Y", "make it urgent", "set 2 to p1", "tag it #home", "repeat it every monday", "remind me
 * about the dentist 30 min before".
 *
 * <p>Many of these verbs also start ordinary tasks ("move couch tomorrow", "make dinner tonight", "set
 * table"), so a change to a task named by its words needs a connecting "to"/"for"/"as" between the name
 * and the change; only "it", "that" or a list number can be followed by the change directly, and "make X
 * urgent" (a priority or tags alone) is read as a change too. What does not fit falls through to the other
 * readers, in the end to adding a task — except after reschedule/postpone/defer/delay, which never start a
 * task: then the message is not understood.
 */
final class UpdatePhrases {
    private static final Set<String> MOVES = Set.of("move", "push", "shift");
    private static final Set<String> RESCHEDULES = Set.of("reschedule", "postpone", "defer", "delay");
    private static final Set<String> MAKES = Set.of("make", "set", "mark", "change");
    /** Words allowed between the changes ("friday 3pm and make it urgent"). */
    private static final Set<String> FILLERS = Set.of(
            "and",
            "make",
            "it",
            "set",
            "also",
            "then",
            "mark",
            "as",
            "to",
            "be",
            "is",
            "repeat",
            "repeats",
            "repeating",
            "recurring",
            "recur",
            "with",
            "a",
            "priority");

    /**
     * A task's name and its change fit in far fewer words; finding where one ends reads the rest once per
     * word, which a flood of words would make slow.
     */
    static final int MAX_WORDS = 40;

    private final QuickAdd quickAdd;

    UpdatePhrases(QuickAdd quickAdd) {
        this.quickAdd = quickAdd;
    }

    /** The update the message asks for; null when it is none; {@link Unrecognized} when it is one we cannot read. */
    Command read(Tokens t, String message) {
        String verb = t.word(0);
        if (verb == null) {
            return null;
        }
        if (verb.equals("rename") || verb.equals("retitle")) {
            return rename(t);
        }
        if (MOVES.contains(verb) || RESCHEDULES.contains(verb)) {
            Command move =
                    change(t, Set.of("to", "for", "till", "until"), x -> x.date() != null || x.time() != null, false);
            return move == null && RESCHEDULES.contains(verb) ? new Unrecognized(message) : move;
        }
        if (MAKES.contains(verb)) {
            return change(t, Set.of("to", "as"), Extraction::foundAnything, true);
        }
        if (verb.equals("repeat")) {
            return change(t, Set.of(), x -> x.repeat() != null, false);
        }
        if (verb.equals("tag")) {
            return tag(t);
        }
        if (verb.equals("add")) {
            return addTags(t);
        }
        if (verb.equals("untag")) {
            return new Unrecognized(message); // removing a tag is not something the grammar does yet
        }
        if (t.matches(0, "remind", "me", "about")) {
            return remindAbout(t);
        }
        return null;
    }

    /** "rename X to Y": the new title is taken as typed, nothing in it is read as a token. */
    private static Command rename(Tokens t) {
        for (int k = 1; k < t.size(); k++) {
            if (t.is(k, "to", "as") && k + 1 < t.size()) {
                TaskRef ref = ReferencePhrases.read(t, 1, k);
                String title = QuickAdd.tidy(t.text(k + 1, t.size()));
                return title.isEmpty()
                        ? null
                        : new UpdateTask(
                                ref == null ? new TaskRef.LastTouched() : ref, TaskChange.rename(Title.of(title)));
            }
        }
        return null;
    }

    /**
     * Finds where the task's name ends and a change that uses every remaining word begins.
     *
     * @param connectors words that may join the name and the change ("move X to friday")
     * @param priorityAlone whether a named task may be followed by a bare priority or tags ("make X urgent")
     */
    private Command change(Tokens t, Set<String> connectors, Predicate<Extraction> wanted, boolean priorityAlone) {
        if (t.size() > MAX_WORDS) {
            return null;
        }
        for (int k = 1; k < t.size(); k++) {
            boolean connected = connectors.contains(String.valueOf(t.word(k)));
            Extraction x = quickAdd.read(t.from(connected ? k + 1 : k));
            if (!x.foundAnything() || !x.restIsOnly(FILLERS) || !wanted.test(x)) {
                continue;
            }
            TaskRef ref = ReferencePhrases.read(t, 1, k);
            if (ref == null) {
                ref = new TaskRef.LastTouched();
            }
            if (ref instanceof TaskRef.Titled && !connected && !(priorityAlone && x.onlyPriorityOrTags())) {
                continue;
            }
            return new UpdateTask(ref, changeOf(x));
        }
        return null;
    }

    TaskChange changeOf(Extraction x) {
        var due = quickAdd.due(x, false);
        return new TaskChange(
                null,
                x.priority(),
                due,
                x.tags(),
                x.repeat() == null ? null : x.repeat().recurrence(),
                quickAdd.reminder(x.reminder(), due, false));
    }

    /** "tag it #home", "tag the dentist task with #health #admin", "tag 2 as home". */
    private static Command tag(Tokens t) {
        int k = t.size();
        Set<TagName> tags = new LinkedHashSet<>();
        while (k > 1 && PriorityPhrases.tag(t, k - 1) != null) {
            k--;
        }
        for (int i = k; i < t.size(); i++) {
            tags.add(PriorityPhrases.tag(t, i).value());
        }
        if (tags.isEmpty() && t.size() > 2 && t.is(t.size() - 2, "with", "as")) {
            tags.add(TagName.of(t.word(t.size() - 1)));
            k = t.size() - 1;
        }
        if (tags.isEmpty()) {
            return null;
        }
        int end = t.is(k - 1, "with", "as") ? k - 1 : k;
        TaskRef ref = ReferencePhrases.read(t, 1, end);
        return new UpdateTask(ref == null ? new TaskRef.LastTouched() : ref, TaskChange.addTags(tags));
    }

    /** "add #home to it", "add #health #admin to the dentist task". */
    private static Command addTags(Tokens t) {
        int k = 1;
        Set<TagName> tags = new LinkedHashSet<>();
        while (PriorityPhrases.tag(t, k) != null) {
            tags.add(PriorityPhrases.tag(t, k).value());
            k++;
        }
        if (tags.isEmpty() || !t.is(k, "to")) {
            return null;
        }
        TaskRef ref = ReferencePhrases.read(t, k + 1, t.size());
        return ref == null ? null : new UpdateTask(ref, TaskChange.addTags(tags));
    }

    /** "remind me about the dentist 30 min before"; without a time, at the due time. */
    private Command remindAbout(Tokens t) {
        for (int k = 4; k <= t.size(); k++) {
            Match<ReminderSpec> when = k < t.size() ? quickAdd.reminders().when(t, k) : null;
            if (k == t.size() || when != null && when.end() == t.size()) {
                TaskRef ref = ReferencePhrases.read(t, 3, k);
                if (ref == null) {
                    return null;
                }
                ReminderSpec spec = when == null ? new ReminderSpec.AtDue() : when.value();
                Reminder reminder = spec instanceof ReminderSpec.AtDue
                        ? new Reminder.AtDue()
                        : quickAdd.reminder(spec, null, false);
                return new UpdateTask(ref, new TaskChange(null, null, null, null, null, reminder));
            }
        }
        return null;
    }
}
