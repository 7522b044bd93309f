package dev.taskchat.domain.assistant;

import dev.taskchat.domain.error.DomainException;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Title;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one chat message into a {@link Command}, offline and deterministically: the same message, clock
 * and zone always give the same command. Dates are resolved in the user's zone relative to the clock.
 * Never throws on any input: what it cannot read becomes {@link Unrecognized}.
 *
 * <p>The readers are tried in a fixed order: help, undo and small talk; "add …" and "remind me …"; complete,
 * reopen, delete; changes to a task; questions about the list; a message of only repetition or reminder
 * words ("every monday") changes the last touched task; anything else is a task to add, unless it is a
 * question ("…?", "what…", "how…") or has no words left for a title ("tomorrow 9am").
 */
public final class CommandParser {
    /** Far more than any title (500 characters) needs; longer input is not read at all. */
    static final int MAX_MESSAGE_LENGTH = 2_000;

    private static final Set<String> HELP = Set.of(
            "help",
            "?",
            "help me",
            "what can you do",
            "what can i say",
            "what can i do",
            "commands",
            "how does this work",
            "how do i use this",
            "menu");
    private static final Set<String> UNDO = Set.of(
            "undo",
            "undo that",
            "undo it",
            "undo last",
            "undo the last change",
            "revert",
            "revert that",
            "oops",
            "take that back");
    /** Replies to nothing the grammar asked; "yes"/"no" only mean something to a pending confirmation. */
    private static final Set<String> SMALL_TALK = Set.of(
            "hi",
            "hello",
            "hey",
            "thanks",
            "thank you",
            "thx",
            "ok",
            "okay",
            "yes",
            "no",
            "yep",
            "nope",
            "cool",
            "great",
            "nice",
            "bye",
            "good morning",
            "good night",
            "good evening",
            "sure",
            "y",
            "n");

    private static final Set<String> QUESTION_WORDS =
            Set.of("what", "what's", "whats", "how", "why", "when", "who", "where", "which");
    /** A command word with nothing after it asks for something it does not name. */
    private static final Set<String> LONE_VERBS = Set.of(
            "add",
            "create",
            "new",
            "rename",
            "move",
            "reschedule",
            "postpone",
            "delete",
            "remove",
            "tag",
            "untag",
            "make",
            "set",
            "mark",
            "repeat",
            "remind me",
            "find",
            "search",
            "change",
            "push");

    private static final List<List<String>> COURTESY_LEADS = List.of(
            List.of("can", "you", "please"),
            List.of("could", "you", "please"),
            List.of("would", "you", "please"),
            List.of("can", "you"),
            List.of("could", "you"),
            List.of("would", "you"),
            List.of("please"),
            List.of("pls"),
            List.of("kindly"));

    private final Clock clock;

    public CommandParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Command parse(String message, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE_LENGTH) {
            return new Unrecognized(text);
        }
        try {
            Command command = new Reading(Now.of(clock, zone), text).command();
            return command != null ? command : new Unrecognized(text);
        } catch (DomainException | DateTimeException e) {
            // a value the words produced is out of range (a 600-character title, "#über"): not understood
            return new Unrecognized(text);
        }
    }

    /** One message being read. */
    private static final class Reading {
        private final Now now;
        private final String text;
        private final Tokens t;
        private final QuickAdd quickAdd;

        Reading(Now now, String text) {
            this.now = now;
            this.text = text;
            this.t = withoutCourtesy(Tokens.of(text));
            this.quickAdd = new QuickAdd(now);
        }

        /** "please", "can you", a trailing "thanks": polite words say nothing about the task. */
        private static Tokens withoutCourtesy(Tokens t) {
            int from = 0;
            int to = t.size();
            for (List<String> lead : COURTESY_LEADS) {
                if (t.matches(0, lead.toArray(String[]::new)) && lead.size() < to) {
                    from = lead.size();
                    break;
                }
            }
            if (to - from > 1 && t.is(to - 1, "please", "pls", "thanks", "thx")) {
                to--;
            } else if (to - from > 2 && t.matches(to - 2, "thank", "you")) {
                to -= 2;
            }
            return t.slice(from, to);
        }

        Command command() {
            if (t.isEmpty()) {
                return null;
            }
            String phrase = t.phrase();
            if (phrase != null && HELP.contains(phrase)) {
                return new Help();
            }
            if (phrase != null && UNDO.contains(phrase)) {
                return new Undo();
            }
            if (phrase != null && (SMALL_TALK.contains(phrase) || LONE_VERBS.contains(phrase))) {
                return null;
            }
            if (t.is(0, "add")) {
                Command tags = new UpdatePhrases(quickAdd).read(t, text); // "add #home to it"
                return tags != null ? tags : add(t.from(afterTaskWord(1)), false);
            }
            // "new" and "create" only with "task": "new york trip" and "create slides" are titles
            if (t.is(0, "new", "create") && afterTaskWord(1) > 1) {
                return add(t.from(afterTaskWord(1)), false);
            }
            if (t.matches(0, "remind", "me") && !t.is(2, "about")) {
                return remindMe();
            }
            Command command = new ActionPhrases(quickAdd).read(t, text);
            if (command == null) {
                command = new UpdatePhrases(quickAdd).read(t, text);
            }
            if (command == null) {
                command = new ListQueries(now, quickAdd.dates()).read(t);
            }
            return command != null ? command : bare();
        }

        /** The index after "task", "todo", "a task" or "a new task" at i, or i. */
        private int afterTaskWord(int i) {
            int j = t.is(i, "a") ? i + 1 : i;
            j = t.is(j, "new") ? j + 1 : j;
            return t.is(j, "task", "todo") ? j + 1 : i;
        }

        /** "remind me to X", "remind me tomorrow at 6pm to X", or "remind me 30 min before" about the last task. */
        private Command remindMe() {
            if (t.is(2, "to", "that")) {
                return add(t.from(3), true);
            }
            Match<ReminderSpec> when = quickAdd.reminders().when(t, 2);
            if (when != null && when.end() == t.size()) {
                Reminder reminder = quickAdd.reminder(when.value(), null, false);
                return new UpdateTask(
                        new TaskRef.LastTouched(), new TaskChange(null, null, null, null, null, reminder));
            }
            return add(t.from(2), true);
        }

        /** A task from the tokens, or null when no title is left. */
        private Command add(Tokens phrase, boolean remind) {
            Extraction x = quickAdd.read(phrase);
            String title = x.title();
            if (remind && title.regionMatches(true, 0, "to ", 0, 3)) {
                title = title.substring(3).strip(); // "remind me tomorrow to call mom"
            }
            if (title.isEmpty()) {
                return null;
            }
            Due due = quickAdd.due(x, true);
            return new AddTask(new TaskDraft(
                    Title.of(title),
                    x.priority(),
                    x.tags(),
                    due,
                    x.repeat() == null ? null : x.repeat().recurrence(),
                    quickAdd.reminder(x.reminder(), due, remind)));
        }

        /** A message that matched no verb: repetition or reminder words alone change the last task; else add. */
        private Command bare() {
            Extraction x = quickAdd.read(t);
            if (x.title().isEmpty()) {
                boolean change = x.repeat() != null || x.reminder() != null;
                return change
                        ? new UpdateTask(new TaskRef.LastTouched(), new UpdatePhrases(quickAdd).changeOf(x))
                        : null;
            }
            String first = t.word(0);
            if (text.endsWith("?") || first != null && QUESTION_WORDS.contains(first)) {
                return null; // a question we cannot answer is not a task
            }
            return add(t, false);
        }
    }
}
