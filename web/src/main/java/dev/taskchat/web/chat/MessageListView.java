package dev.taskchat.web.chat;

import java.util.List;

/** Messages of a conversation, oldest first. */
public record MessageListView(List<MessageView> items) {}
