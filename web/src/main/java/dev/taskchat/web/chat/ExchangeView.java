package dev.taskchat.web.chat;

/** A user message and the assistant's reply. */
public record ExchangeView(MessageView message, MessageView reply) {}
