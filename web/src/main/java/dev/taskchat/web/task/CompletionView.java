package dev.taskchat.web.task;

/** The answer to completing a task: the task, and the next occurrence if it repeats (else null). */
public record CompletionView(TaskView task, TaskView next) {}
