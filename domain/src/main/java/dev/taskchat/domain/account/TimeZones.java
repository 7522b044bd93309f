package dev.taskchat.domain.account;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.ZoneId;

/** Users live in IANA time zones ("Europe/Berlin"): a fixed offset would get DST wrong half the year. */
public final class TimeZones {
    private TimeZones() {}

    public static ZoneId parse(String id) {
        if (id == null || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
            throw new InvalidValueException("must be an IANA time zone such as Europe/Berlin or America/New_York");
        }
        return ZoneId.of(id.strip());
    }
}
