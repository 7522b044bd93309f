package dev.taskchat.persistence.account;

import static dev.taskchat.persistence.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.account.AccessToken;
import dev.taskchat.domain.account.DisplayName;
import dev.taskchat.domain.account.EmailAddress;
import dev.taskchat.domain.account.User;
import dev.taskchat.domain.error.ConflictException;
import dev.taskchat.persistence.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JpaUserRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final EmailAddress email = EmailAddress.of("Ada-" + UUID.randomUUID() + "@Example.com");

    @Test
    void storesAUserAndFindsItByEmailAndId() {
        long id = inTransaction(em -> {
            User user = newUser();
            new JpaUserRepository(em).add(user);
            return user.id();
        });

        Optional<User> byEmail = inTransaction(em -> new JpaUserRepository(em)
                .findByEmail(EmailAddress.of(email.value().toUpperCase())));
        assertThat(byEmail).get().satisfies(user -> {
            assertThat(user.id()).isEqualTo(id);
            assertThat(user.email()).isEqualTo(email.value());
            assertThat(user.zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(user.createdAt()).isEqualTo(CLOCK.instant());
        });
        Optional<User> byId = inTransaction(em -> new JpaUserRepository(em).find(id));
        assertThat(byId).isPresent();
    }

    @Test
    void aSecondAccountForOneAddressIsAConflict() {
        TestDatabase.run(em -> new JpaUserRepository(em).add(newUser()));

        assertThatThrownBy(() -> TestDatabase.run(em -> new JpaUserRepository(em).add(newUser())))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).reason())
                .isEqualTo("email-taken");
    }

    @Test
    void tokensAreFoundByTheirHashAndRevocationIsStored() {
        long userId = inTransaction(em -> {
            User user = newUser();
            new JpaUserRepository(em).add(user);
            return user.id();
        });
        AccessToken.Issued issued = AccessToken.issue(userId, Duration.ofDays(1), CLOCK);
        TestDatabase.run(em -> new JpaAccessTokenRepository(em).add(issued.record()));

        TestDatabase.run(em -> new JpaAccessTokenRepository(em)
                .findByHash(AccessToken.hash(issued.token()))
                .orElseThrow()
                .revoke(CLOCK));

        AccessToken stored = inTransaction(em ->
                new JpaAccessTokenRepository(em).find(issued.record().id()).orElseThrow());
        assertThat(stored.isRevoked()).isTrue();
        assertThat(stored.isActive(CLOCK)).isFalse();
        Optional<AccessToken> guessed =
                inTransaction(em -> new JpaAccessTokenRepository(em).findByHash(AccessToken.hash("guess")));
        assertThat(guessed).isEmpty();
    }

    private User newUser() {
        return new User(email, "hash", new DisplayName("Ada"), ZoneId.of("America/New_York"), CLOCK);
    }
}
