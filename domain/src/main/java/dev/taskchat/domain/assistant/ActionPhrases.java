package dev.taskchat.domain.assistant;

import java.util.Set;

/**
 * Reads what is done to a task as a whole: complete ("done buy milk", "complete 2", "finished it", "mark
 * the dentist task done", "i did the laundry"), reopen ("reopen buy milk", "mark 2 as not done") and
 * delete ("delete the dentist task"). "done" or "reopen" alone mean the last touched task; "delete" alone
 * is not understood, because a delete is not a guess worth making.
 */
final class ActionPhrases {
    private static final Set<String> COMPLETES = Set.of("done", "complete", "completed", "finish", "finished");
    /** Verbs that also start ordinary tasks ("complete tax return by friday"). */
    private static final Set<String> AMBIGUOUS_COMPLETES = Set.of("complete", "finish");

    private static final Set<String> REOPENS = Set.of("reopen", "re-open", "uncomplete", "unfinish");
    private static final Set<String> DELETES = Set.of("delete", "remove", "trash", "erase");
    private static final Set<String> DONE = Set.of("done", "complete", "completed", "finished");
    private static final Set<String> NOT_DONE =
            Set.of("undone", "incomplete", "uncompleted", "open", "unfinished", "todo");

    private final QuickAdd quickAdd;

    ActionPhrases(QuickAdd quickAdd) {
        this.quickAdd = quickAdd;
    }

    /** The action the message asks for; null when it is none. */
    Command read(Tokens t, String message) {
        if (t.isIn(0, COMPLETES)) {
            int from = t.is(1, "with") ? 2 : 1; // "done with the dentist task"
            if (t.isIn(0, AMBIGUOUS_COMPLETES) && looksLikeNewTask(t, from)) {
                return null;
            }
            return new CompleteTask(refOrLastTouched(t, from, t.size()));
        }
        if (t.is(0, "i", "i've") && t.is(1, "did", "finished", "completed", "done")) {
            TaskRef ref = ReferencePhrases.read(t, 2, t.size());
            return ref == null ? null : new CompleteTask(ref);
        }
        if (t.matches(0, "i", "have") && t.is(2, "done", "finished", "completed")) {
            TaskRef ref = ReferencePhrases.read(t, 3, t.size());
            return ref == null ? null : new CompleteTask(ref);
        }
        if (t.is(0, "check", "tick", "cross") && t.is(1, "off")) {
            return new CompleteTask(refOrLastTouched(t, 2, t.size()));
        }
        if (t.isIn(0, REOPENS)) {
            return new ReopenTask(refOrLastTouched(t, 1, t.size()));
        }
        if (t.is(0, "mark")) {
            return markAs(t);
        }
        if (t.isIn(0, DELETES)) {
            return delete(t, 1, message);
        }
        return t.matches(0, "get", "rid", "of") ? delete(t, 3, message) : null;
    }

    /** "mark X (as) done", "mark X as not done", "mark X undone"; other states are changes ("mark X urgent"). */
    private static Command markAs(Tokens t) {
        int last = t.size() - 1;
        boolean negated = t.is(last - 1, "not");
        boolean done = t.isIn(last, DONE) && !negated;
        boolean notDone = t.isIn(last, NOT_DONE) || t.isIn(last, DONE) && negated;
        if (!done && !notDone) {
            return null;
        }
        int end = negated ? last - 1 : last;
        end = t.is(end - 1, "as") ? end - 1 : end;
        TaskRef ref = refOrLastTouched(t, 1, end);
        return done ? new CompleteTask(ref) : new ReopenTask(ref);
    }

    private static Command delete(Tokens t, int from, String message) {
        for (int i = from; i < t.size(); i++) {
            if (PriorityPhrases.tag(t, i) != null) {
                return new Unrecognized(message); // "remove #home from X": removing a tag is not understood yet
            }
        }
        TaskRef ref = ReferencePhrases.read(t, from, t.size());
        return ref == null ? new Unrecognized(message) : new DeleteTask(ref);
    }

    /**
     * "finish report by friday" is a task to add, not a reference: a reference carries no time, repetition,
     * priority, tag or reminder, and does not end in a date ("finish the tuesday report" still refers).
     */
    private boolean looksLikeNewTask(Tokens t, int from) {
        Extraction x = quickAdd.read(t.from(from));
        if (x.time() != null
                || x.repeat() != null
                || x.priority() != null
                || !x.tags().isEmpty()
                || x.reminder() != null) {
            return true;
        }
        for (int k = from; k < t.size(); k++) {
            Match<DateHit> date = quickAdd.dates().find(t, k, j -> j >= t.size());
            if (date != null && date.end() == t.size()) {
                return true;
            }
        }
        return false;
    }

    private static TaskRef refOrLastTouched(Tokens t, int from, int to) {
        TaskRef ref = ReferencePhrases.read(t, from, to);
        return ref == null ? new TaskRef.LastTouched() : ref;
    }
}
