package dev.taskchat.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Europe/Berlin",
                "America/New_York",
                "Asia/Kolkata",
                "UTC",
                "Etc/GMT-1",
                "Europe/Kyiv",
                // legacy IANA names still in the tz database, hence accepted as they are
                "CET",
                "US/Eastern",
                "EST5EDT"
            })
    void acceptsIanaZoneIds(String id) {
        assertThat(TimeZones.parse(id)).isEqualTo(ZoneId.of(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Europe/Berlin ", "\tEurope/Berlin"})
    void stripsSurroundingWhitespace(String id) {
        assertThat(TimeZones.parse(id)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "+01:00",
                "UTC+01:00",
                "GMT+1",
                "Z",
                "EST",
                "PST",
                "europe/berlin",
                "Europe/Atlantis",
                "Berlin",
                "CEST"
            })
    void rejectsOffsetsAbbreviationsAndUnknownIds(String id) {
        assertThatThrownBy(() -> TimeZones.parse(id))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("IANA time zone");
    }
}
