package dev.taskchat.domain.tag;

/** A tag with how many of its owner's tasks carry it. */
public record TagUsage(String name, long openTasks, long totalTasks) {}
