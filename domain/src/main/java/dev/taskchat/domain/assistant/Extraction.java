package dev.taskchat.domain.assistant;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Priority;
import java.util.List;
import java.util.Set;

/**
 * What {@link QuickAdd} read from a task phrase, before dates are resolved.
 *
 * @param title the remaining words as typed, tidied; empty when every word was a token
 * @param rest the remaining words, normalized (null for a literal), to tell fillers from real words
 * @param priority null when none was given
 */
record Extraction(
        String title,
        List<String> rest,
        Priority priority,
        Set<TagName> tags,
        DateHit date,
        TimeHit time,
        RepeatRule repeat,
        ReminderSpec reminder) {

    boolean foundAnything() {
        return priority != null
                || !tags.isEmpty()
                || date != null
                || time != null
                || repeat != null
                || reminder != null;
    }

    /** Whether every word that is not a token is one of {@code fillers}. */
    boolean restIsOnly(Set<String> fillers) {
        return rest.stream().allMatch(word -> word != null && fillers.contains(word));
    }

    boolean onlyPriorityOrTags() {
        return date == null && time == null && repeat == null && reminder == null;
    }
}
