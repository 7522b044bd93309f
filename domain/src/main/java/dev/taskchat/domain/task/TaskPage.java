package dev.taskchat.domain.task;

import java.util.List;

/**
 * One page of a task list.
 *
 * @param nextCursor opaque position after the last item, or null on the last page
 */
public record TaskPage(List<Task> items, String nextCursor) {
    public TaskPage {
        items = List.copyOf(items);
    }
}
