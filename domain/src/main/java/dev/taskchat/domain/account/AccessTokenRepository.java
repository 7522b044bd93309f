package dev.taskchat.domain.account;

import java.util.Optional;

/** Where access tokens are kept, found by the hash of their secret. */
public interface AccessTokenRepository {
    void add(AccessToken token);

    Optional<AccessToken> find(long id);

    Optional<AccessToken> findByHash(String tokenHash);
}
