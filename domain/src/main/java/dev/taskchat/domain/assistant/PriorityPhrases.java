package dev.taskchat.domain.assistant;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Priority;
import java.util.regex.Pattern;

/**
 * Reads a priority ("p1"…"p4", "!urgent", "!high", "urgent", "high priority", "priority 2", "no priority")
 * or a tag ("#home") at a position.
 */
final class PriorityPhrases {
    /** A tag needs a letter: "#123" is an issue number and stays in the title. */
    private static final Pattern TAG = Pattern.compile("#(?=[a-z0-9_-]*[a-z])[a-z0-9][a-z0-9_-]{0,49}");

    private PriorityPhrases() {}

    static Match<Priority> find(Tokens t, int i) {
        String word = t.word(i);
        if (word == null) {
            return null;
        }
        if (word.matches("p[1-4]")) {
            return new Match<>(Priority.ofLevel(word.charAt(1) - '0'), i + 1);
        }
        if (word.startsWith("!") && level(word.substring(1)) != null) {
            return new Match<>(level(word.substring(1)), i + 1);
        }
        if (word.equals("urgent")) {
            return new Match<>(Priority.URGENT, i + 1);
        }
        switch (word) {
            case "high-priority":
                return new Match<>(Priority.HIGH, i + 1);
            case "medium-priority":
                return new Match<>(Priority.MEDIUM, i + 1);
            case "low-priority":
                return new Match<>(Priority.LOW, i + 1);
            default:
                break;
        }
        int j = t.skip(i, "with");
        Priority named = level(t.word(j));
        if (named != null && t.is(j + 1, "priority", "prio")) {
            return new Match<>(named, j + 2); // "high priority", "with low priority"
        }
        if (t.is(j, "priority", "prio")) {
            Priority level = level(t.word(j + 1));
            return level == null ? null : new Match<>(level, j + 2); // "priority 2", "priority high"
        }
        return null;
    }

    private static Priority level(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "urgent", "1", "p1" -> Priority.URGENT;
            case "high", "2", "p2" -> Priority.HIGH;
            case "medium", "3", "p3" -> Priority.MEDIUM;
            case "low", "4", "p4" -> Priority.LOW;
            case "no", "none", "normal" -> Priority.NONE;
            default -> null;
        };
    }

    static Match<TagName> tag(Tokens t, int i) {
        String word = t.word(i);
        return word != null && TAG.matcher(word).matches() ? new Match<>(TagName.of(word), i + 1) : null;
    }
}
