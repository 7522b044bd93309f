package dev.taskchat.persistence.account;

import dev.taskchat.domain.account.AccessToken;
import dev.taskchat.domain.account.AccessTokenRepository;
import jakarta.persistence.EntityManager;
import java.util.Optional;

public class JpaAccessTokenRepository implements AccessTokenRepository {
    private final EntityManager em;

    public JpaAccessTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(AccessToken token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public Optional<AccessToken> find(long id) {
        return Optional.ofNullable(em.find(AccessToken.class, id));
    }

    @Override
    public Optional<AccessToken> findByHash(String tokenHash) {
        return em.createQuery("select t from AccessToken t where t.tokenHash = :hash", AccessToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }
}
