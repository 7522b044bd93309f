package dev.taskchat.domain.assistant;

/** "undo": revert the assistant's last change in this conversation. */
public record Undo() implements Command {}
