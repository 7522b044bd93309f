package dev.taskchat.web.task;

import java.util.List;

/** A page of tasks; pass {@code nextCursor} as {@code cursor} for the next one (null on the last page). */
public record TaskPageView(List<TaskView> items, String nextCursor) {}
