/**
 * Conversations with the assistant: numbered messages, what a conversation remembers between
 * messages ("it", "2"), and the log of the assistant's changes that "undo" walks back through. The
 * {@link dev.taskchat.domain.conversation.ConversationRepository} port lives here.
 */
package dev.taskchat.domain.conversation;
