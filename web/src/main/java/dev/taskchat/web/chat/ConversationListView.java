package dev.taskchat.web.chat;

import java.util.List;

/** A user's conversations, most recently active first. */
public record ConversationListView(List<ConversationView> items) {}
