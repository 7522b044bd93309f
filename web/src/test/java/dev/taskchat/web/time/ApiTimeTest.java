package dev.taskchat.web.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void instantsAreWrittenWithTheUsersOffsetToTheSecond() {
        assertThat(ApiTime.format(Instant.parse("2026-12-01T08:00:00.123456Z"), BERLIN))
                .isEqualTo("2026-12-01T09:00:00+01:00");
        assertThat(ApiTime.format(Instant.parse("2026-07-01T08:00:00Z"), BERLIN))
                .isEqualTo("2026-07-01T10:00:00+02:00");
    }

    @Test
    void timesOfDayAreHoursAndMinutesUnlessSecondsMatter() {
        assertThat(ApiTime.format(LocalTime.of(9, 0))).isEqualTo("09:00");
        assertThat(ApiTime.format(LocalTime.of(9, 0, 30))).isEqualTo("09:00:30");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-01T08:30:00+01:00, 2026-12-01T07:30:00Z",
        "2026-12-01T07:30:00Z, 2026-12-01T07:30:00Z",
        "2026-12-01T08:30, 2026-12-01T07:30:00Z",
        "2026-07-01T08:30, 2026-07-01T06:30:00Z"
    })
    void instantsAreReadWithAnOffsetOrInTheUsersZone(String text, String expected) {
        assertThat(ApiTime.parseInstant(text, BERLIN)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertThatThrownBy(() -> ApiTime.parseDate("2026-02-30"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2026-12-01");
        assertThatThrownBy(() -> ApiTime.parseTime("9am")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ApiTime.parseInstant("tomorrow", BERLIN)).isInstanceOf(InvalidValueException.class);
    }
}
