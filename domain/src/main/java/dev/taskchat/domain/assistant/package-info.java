/**
 * The chat assistant's grammar: {@link dev.taskchat.domain.assistant.CommandParser} turns one chat
 * message into a typed {@link dev.taskchat.domain.assistant.Command} (add, list, complete, reopen,
 * update, delete, undo, help), reading quick-add tokens such as dates, times, repetition, reminders,
 * tags and priorities in the user's time zone against an injectable clock, offline and
 * deterministically; {@link dev.taskchat.domain.assistant.Describe} puts what was understood back into
 * words for the reply. Nothing here touches storage: the web layer executes the commands through the
 * same application services as the REST API.
 */
package dev.taskchat.domain.assistant;
