package dev.taskchat.web.account;

/** The answer to a login: the bearer token (shown this once) and when it stops working. */
public record TokenView(String token, String expiresAt) {}
