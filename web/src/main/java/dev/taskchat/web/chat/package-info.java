/**
 * The chat: conversations and messages (REST and WebSocket doors), the assistant that runs a
 * message's command through the same services as the REST API, undo, the registry of open sockets
 * that pushes every change to all of a user's tabs, and reminder delivery.
 */
package dev.taskchat.web.chat;
