package dev.taskchat.persistence.account;

import dev.taskchat.domain.account.EmailAddress;
import dev.taskchat.domain.account.User;
import dev.taskchat.domain.account.UserRepository;
import dev.taskchat.domain.error.ConflictException;
import dev.taskchat.persistence.mapping.DatabaseErrors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

public class JpaUserRepository implements UserRepository {
    private final EntityManager em;

    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(User user) {
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            // two registrations of one address can race past the service's check; the index decides
            if (DatabaseErrors.isUniqueViolation(e)) {
                throw new ConflictException("email-taken", "an account with this e-mail address already exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }
}
