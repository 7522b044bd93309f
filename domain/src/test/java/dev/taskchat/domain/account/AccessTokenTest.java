package dev.taskchat.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessTokenTest {
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration LIFETIME = Duration.ofDays(30);

    private static Clock after(Duration duration) {
        return Clock.offset(CLOCK, duration);
    }

    /** The stored hash has no accessor: only persistence reads it, and it looks tokens up by hash. */
    private static String storedHash(AccessToken token) throws ReflectiveOperationException {
        Field field = AccessToken.class.getDeclaredField("tokenHash");
        field.setAccessible(true);
        return (String) field.get(token);
    }

    @Test
    void issueHandsOutASecretOfWhichOnlyTheHashIsKept() throws ReflectiveOperationException {
        AccessToken.Issued issued = AccessToken.issue(42, LIFETIME, CLOCK);

        assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(storedHash(issued.record())).isEqualTo(AccessToken.hash(issued.token()));
        assertThat(storedHash(issued.record())).doesNotContain(issued.token());
        assertThat(issued.record().userId()).isEqualTo(42);
        assertThat(issued.record().expiresAt()).isEqualTo(NOW.plus(LIFETIME));
        assertThat(issued.record().isRevoked()).isFalse();
        assertThat(issued.record().id()).isNull();
    }

    @Test
    void everyIssuedSecretIsDifferent() {
        assertThat(AccessToken.issue(42, LIFETIME, CLOCK).token())
                .isNotEqualTo(AccessToken.issue(42, LIFETIME, CLOCK).token());
    }

    @Test
    void hashIsHexSha256() {
        assertThat(AccessToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AccessToken.hash("")).hasSize(64).isEqualTo(AccessToken.hash(""));
    }

    @ParameterizedTest(name = "{0} after issue → active {1}")
    @CsvSource({"PT0S, true", "P29DT23H59M59S, true", "P30D, false", "P31D, false"})
    void activeUntilItExpires(Duration elapsed, boolean active) {
        AccessToken token = AccessToken.issue(42, LIFETIME, CLOCK).record();

        assertThat(token.isActive(after(elapsed))).isEqualTo(active);
    }

    @Test
    void aRevokedTokenIsNoLongerActive() {
        AccessToken token = AccessToken.issue(42, LIFETIME, CLOCK).record();

        token.revoke(after(Duration.ofHours(1)));
        token.revoke(after(Duration.ofHours(2)));

        assertThat(token.isRevoked()).isTrue();
        assertThat(token.isActive(CLOCK)).isFalse();
        assertThat(token.isActive(after(Duration.ofHours(3)))).isFalse();
    }
}
