/**
 * The domain's failures, free of any transport: invalid input with every bad field named, a missing
 * resource, a conflict with existing state and a stale version. The web layer maps each family to
 * one RFC 9457 problem type; nothing here knows about HTTP.
 */
package dev.taskchat.domain.error;
