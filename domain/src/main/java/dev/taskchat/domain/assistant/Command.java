package dev.taskchat.domain.assistant;

/**
 * What one chat message asks for, as read by {@link CommandParser}. The web layer executes it through
 * the same application services as the REST API; a different reader (an LLM, say) would have to
 * produce these same types.
 */
public sealed interface Command
        permits AddTask, ListTasks, CompleteTask, ReopenTask, UpdateTask, DeleteTask, Undo, Help, Unrecognized {}
