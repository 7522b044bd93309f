/**
 * The chat of docs/CHAT.md, tested black-box against the built WAR: the REST door ({@code /api/conversations}),
 * the WebSocket protocol ({@code /ws/chat}, through {@link dev.taskchat.it.support.ChatSocket}), the assistant's
 * walkthrough from issue 3, and reminders delivered by the scheduler (every second in these tests). The
 * {@code *Tests} classes run as {@code @Nested} classes of {@link dev.taskchat.it.rest.RestApiIT}, sharing its
 * one deployment; every test registers its own users.
 */
package dev.taskchat.it.chat;
