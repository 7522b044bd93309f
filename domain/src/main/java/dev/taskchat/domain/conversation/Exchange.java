package dev.taskchat.domain.conversation;

/** A user message and the assistant's reply to it. */
public record Exchange(Message message, Message reply) {}
