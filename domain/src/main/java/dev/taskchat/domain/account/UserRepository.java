package dev.taskchat.domain.account;

import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {
    void add(User user);

    Optional<User> find(long id);

    Optional<User> findByEmail(EmailAddress email);
}
