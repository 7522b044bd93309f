package dev.taskchat.domain.task;

import dev.taskchat.domain.error.InvalidValueException;

/** The orders a task list can come in; every order is total (ties broken by id) so paging is stable. */
public enum TaskSort {
    /** Soonest due first, tasks without a due date last. */
    DUE("due"),
    /** Most important first, then soonest due. */
    PRIORITY("priority"),
    /** Oldest first. */
    CREATED("created"),
    /** Newest first. */
    CREATED_DESC("-created");

    private final String code;

    TaskSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TaskSort ofCode(String code) {
        for (TaskSort sort : values()) {
            if (sort.code.equals(code)) {
                return sort;
            }
        }
        throw new InvalidValueException("must be due, priority, created or -created");
    }
}
