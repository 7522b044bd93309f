/**
 * Tasks over HTTP: the {@link dev.taskchat.web.task.TaskService} (the transaction boundary the chat
 * uses too), the resource, the JSON input it reads and the projections it answers with.
 */
package dev.taskchat.web.task;
