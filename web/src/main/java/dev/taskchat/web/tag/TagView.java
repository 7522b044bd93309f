package dev.taskchat.web.tag;

import dev.taskchat.domain.tag.TagUsage;

/** A tag with how many of the user's tasks carry it, open and in all. */
public record TagView(String name, long openTasks, long totalTasks) {
    static TagView of(TagUsage usage) {
        return new TagView(usage.name(), usage.openTasks(), usage.totalTasks());
    }
}
