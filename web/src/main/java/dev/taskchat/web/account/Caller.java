package dev.taskchat.web.account;

import java.time.ZoneId;

/** Who is making the current request: the signed-in user, their time zone and the token they used. */
public record Caller(long userId, ZoneId zone, long tokenId) {}
