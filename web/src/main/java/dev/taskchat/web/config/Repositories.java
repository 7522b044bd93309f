package dev.taskchat.web.config;

import dev.taskchat.domain.account.AccessTokenRepository;
import dev.taskchat.domain.account.UserRepository;
import dev.taskchat.domain.conversation.AssistantChangeRepository;
import dev.taskchat.domain.conversation.ConversationRepository;
import dev.taskchat.domain.idempotency.IdempotencyKeys;
import dev.taskchat.domain.tag.TagRepository;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.persistence.account.JpaAccessTokenRepository;
import dev.taskchat.persistence.account.JpaUserRepository;
import dev.taskchat.persistence.conversation.JpaAssistantChangeRepository;
import dev.taskchat.persistence.conversation.JpaConversationRepository;
import dev.taskchat.persistence.idempotency.JpaIdempotencyKeys;
import dev.taskchat.persistence.tag.JpaTagRepository;
import dev.taskchat.persistence.task.JpaTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Turns the persistence adapters into CDI beans of their domain ports. The container-managed entity
 * manager is a proxy bound to the current transaction, so one adapter instance serves every request.
 */
@ApplicationScoped
public class Repositories {
    @PersistenceContext(unitName = "taskchat")
    EntityManager em;

    @Produces
    @ApplicationScoped
    TaskRepository tasks() {
        return new JpaTaskRepository(em);
    }

    @Produces
    @ApplicationScoped
    TagRepository tags() {
        return new JpaTagRepository(em);
    }

    @Produces
    @ApplicationScoped
    UserRepository users() {
        return new JpaUserRepository(em);
    }

    @Produces
    @ApplicationScoped
    AccessTokenRepository accessTokens() {
        return new JpaAccessTokenRepository(em);
    }

    @Produces
    @ApplicationScoped
    ConversationRepository conversations() {
        return new JpaConversationRepository(em);
    }

    @Produces
    @ApplicationScoped
    AssistantChangeRepository assistantChanges() {
        return new JpaAssistantChangeRepository(em);
    }

    @Produces
    @ApplicationScoped
    IdempotencyKeys idempotencyKeys() {
        return new JpaIdempotencyKeys(em);
    }
}
