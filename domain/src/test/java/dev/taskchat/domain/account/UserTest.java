package dev.taskchat.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UserTest {
    @Test
    void keepsNormalizedValues() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

        User user = new User(
                EmailAddress.of(" Ada@Example.com "),
                "pbkdf2$hash",
                new DisplayName(" Ada "),
                TimeZones.parse("Europe/Berlin"),
                clock);

        assertThat(user.id()).isNull();
        assertThat(user.email()).isEqualTo("ada@example.com");
        assertThat(user.passwordHash()).isEqualTo("pbkdf2$hash");
        assertThat(user.name()).isEqualTo("Ada");
        assertThat(user.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(user.createdAt()).isEqualTo(clock.instant());
    }
}
