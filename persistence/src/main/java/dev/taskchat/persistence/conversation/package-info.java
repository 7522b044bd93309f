/**
 * Repository adapters for conversations, messages and the assistant's change log, in native SQL:
 * sequence numbers are handed out under the conversation's row lock, and undo steps are kept as JSON.
 */
package dev.taskchat.persistence.conversation;
