package dev.taskchat.web.task;

import dev.taskchat.domain.error.Violations;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.TaskFilter;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.domain.task.TaskSort;
import dev.taskchat.domain.task.TaskStatus;
import dev.taskchat.web.time.ApiTime;
import java.time.LocalDate;

/** The query parameters of the task list, read and checked together. */
record TaskListParams(TaskFilter filter, TaskSort sort, String cursor, int limit) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_QUERY_LENGTH = 200;

    @SuppressWarnings("java:S107") // one argument per query parameter is the clearest form here
    static TaskListParams read(
            String status,
            String priority,
            String tag,
            String dueFrom,
            String dueTo,
            String q,
            String sort,
            String limit,
            String cursor) {
        Violations violations = new Violations();
        TaskStatus taskStatus =
                status == null ? TaskStatus.OPEN : violations.read("status", () -> TaskStatus.ofCode(status));
        Priority taskPriority = priority == null ? null : violations.read("priority", () -> Priority.ofCode(priority));
        TagName tagName = tag == null ? null : violations.read("tag", () -> TagName.of(tag));
        LocalDate from = dueFrom == null ? null : violations.read("dueFrom", () -> ApiTime.parseDate(dueFrom));
        LocalDate to = dueTo == null ? null : violations.read("dueTo", () -> ApiTime.parseDate(dueTo));
        if (from != null && to != null && from.isAfter(to)) {
            violations.add("dueTo", "must not be before dueFrom");
        }
        violations.check(
                q == null || q.length() <= MAX_QUERY_LENGTH,
                "q",
                "must be at most " + MAX_QUERY_LENGTH + " characters");
        TaskSort taskSort = sort == null ? TaskSort.DUE : violations.read("sort", () -> TaskSort.ofCode(sort));
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                size = -1;
            }
            violations.check(
                    size >= 1 && size <= TaskRepository.MAX_PAGE_SIZE,
                    "limit",
                    "must be a whole number from 1 to " + TaskRepository.MAX_PAGE_SIZE);
        }
        violations.check(cursor == null || !cursor.isBlank(), "cursor", "must not be empty");
        violations.throwIfAny();
        return new TaskListParams(
                new TaskFilter(taskStatus, taskPriority, tagName, from, to, q), taskSort, cursor, size);
    }
}
