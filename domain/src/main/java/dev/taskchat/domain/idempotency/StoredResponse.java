package dev.taskchat.domain.idempotency;

/**
 * The outcome of the first request made with a key, replayed to every retry.
 *
 * @param body the response body as sent, or null
 * @param location the Location of a created resource, or null
 */
public record StoredResponse(int status, String body, String location) {}
