package dev.taskchat.persistence.conversation;

import dev.taskchat.domain.conversation.AssistantChange;
import dev.taskchat.domain.conversation.AssistantChangeRepository;
import dev.taskchat.domain.conversation.UndoStep;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public class JpaAssistantChangeRepository implements AssistantChangeRepository {
    private final EntityManager em;

    public JpaAssistantChangeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(long conversationId, long messageSeq, String summary, List<UndoStep> steps, Instant now) {
        em.createNativeQuery("insert into assistant_changes (conversation_id, message_seq, summary, steps, created_at)"
                        + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5)")
                .setParameter(1, conversationId)
                .setParameter(2, messageSeq)
                .setParameter(3, summary)
                .setParameter(4, UndoStepsJson.write(steps))
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
    }

    @Override
    public Optional<AssistantChange> latestNotUndone(long conversationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, conversation_id, message_seq, summary, steps::text, created_at from assistant_changes"
                                + " where conversation_id = ?1 and undone_at is null order by id desc limit 1")
                .setParameter(1, conversationId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new AssistantChange(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        (String) row[3],
                        UndoStepsJson.read((String) row[4]),
                        ((Timestamp) row[5]).toInstant()));
    }

    @Override
    public void markUndone(long changeId, Instant now) {
        em.createNativeQuery("update assistant_changes set undone_at = ?2 where id = ?1")
                .setParameter(1, changeId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }
}
