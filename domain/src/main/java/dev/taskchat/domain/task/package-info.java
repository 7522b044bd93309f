/**
 * Tasks and their rules: titles, priorities, due dates resolved in the owner's time zone, reminders,
 * RFC 5545 recurrence and what completing a repeating task does. Also the {@link
 * dev.taskchat.domain.task.TaskRepository} port and the query types the task list is asked with.
 */
package dev.taskchat.domain.task;
