package dev.taskchat.persistence.conversation;

import dev.taskchat.domain.conversation.Conversation;
import dev.taskchat.domain.conversation.ConversationRepository;
import dev.taskchat.domain.conversation.Exchange;
import dev.taskchat.domain.conversation.Message;
import dev.taskchat.domain.conversation.MessageKind;
import dev.taskchat.domain.conversation.NewMessage;
import dev.taskchat.domain.conversation.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

public class JpaConversationRepository implements ConversationRepository {
    private static final String CONVERSATION_COLUMNS =
            "id, user_id, title, last_seq, created_at, updated_at, last_task_id, last_list::text";
    private static final String MESSAGE_COLUMNS =
            "conversation_id, seq, role, kind, text, client_message_id, created_at, task_ids::text";

    private final EntityManager em;

    public JpaConversationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Conversation create(long ownerId, String title, Instant now) {
        Object[] row =
                (Object[]) em.createNativeQuery("insert into conversations (user_id, title, created_at, updated_at)"
                                + " values (?1, ?2, ?3, ?3) returning " + CONVERSATION_COLUMNS)
                        .setParameter(1, ownerId)
                        .setParameter(2, title)
                        .setParameter(3, Timestamp.from(now))
                        .getSingleResult();
        return conversation(row);
    }

    @Override
    public Optional<Conversation> find(long ownerId, long conversationId) {
        return conversations(
                        "select " + CONVERSATION_COLUMNS + " from conversations where user_id = ?1 and id = ?2",
                        ownerId,
                        conversationId)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Conversation> lock(long ownerId, long conversationId) {
        return conversations(
                        "select " + CONVERSATION_COLUMNS
                                + " from conversations where user_id = ?1 and id = ?2 for update",
                        ownerId,
                        conversationId)
                .stream()
                .findFirst();
    }

    @Override
    public List<Conversation> list(long ownerId) {
        return conversations(
                "select " + CONVERSATION_COLUMNS
                        + " from conversations where user_id = ?1 order by updated_at desc, id desc",
                ownerId);
    }

    @Override
    public Optional<Conversation> mostRecent(long ownerId) {
        return conversations(
                        "select " + CONVERSATION_COLUMNS
                                + " from conversations where user_id = ?1 order by updated_at desc, id desc limit 1",
                        ownerId)
                .stream()
                .findFirst();
    }

    @Override
    public Message append(long conversationId, NewMessage message, Instant now) {
        // taking the next number updates the conversation's row, which serialises appends to it
        Number seq = (Number) em.createNativeQuery(
                        "update conversations set last_seq = last_seq + 1, updated_at = ?2 where id = ?1 returning last_seq")
                .setParameter(1, conversationId)
                .setParameter(2, Timestamp.from(now))
                .getSingleResult();
        Object[] row = (Object[]) em.createNativeQuery("insert into messages (conversation_id, seq, role, kind, text,"
                        + " client_message_id, created_at, task_ids) values (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                        + " cast(?8 as bigint[])) returning " + MESSAGE_COLUMNS)
                .setParameter(1, conversationId)
                .setParameter(2, seq.longValue())
                .setParameter(3, message.role().code())
                .setParameter(4, message.kind().code())
                .setParameter(5, message.text())
                .setParameter(6, message.clientMessageId())
                .setParameter(7, Timestamp.from(now))
                .setParameter(8, arrayLiteral(message.taskIds()))
                .getSingleResult();
        return message(row);
    }

    @Override
    public Optional<Exchange> findExchange(long conversationId, String clientMessageId) {
        List<Message> pair = messages(
                "select " + MESSAGE_COLUMNS + " from messages m where conversation_id = ?1 and seq in ("
                        + " select seq from messages where conversation_id = ?1 and client_message_id = ?2"
                        + " union all"
                        + " select seq + 1 from messages where conversation_id = ?1 and client_message_id = ?2)"
                        + " order by seq",
                conversationId,
                clientMessageId);
        if (pair.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Exchange(pair.get(0), pair.get(1)));
    }

    @Override
    public List<Message> after(long conversationId, long afterSeq, int limit) {
        return messages(
                "select " + MESSAGE_COLUMNS
                        + " from messages where conversation_id = ?1 and seq > ?2 order by seq limit ?3",
                conversationId,
                afterSeq,
                limit);
    }

    @Override
    public void remember(long conversationId, Long lastTaskId, List<Long> lastList) {
        Query update = lastList == null
                ? em.createNativeQuery("update conversations set last_task_id = cast(?2 as bigint) where id = ?1")
                : em.createNativeQuery("update conversations set last_task_id = cast(?2 as bigint),"
                                + " last_list = cast(?3 as bigint[]) where id = ?1")
                        .setParameter(3, arrayLiteral(lastList));
        update.setParameter(1, conversationId).setParameter(2, lastTaskId).executeUpdate();
    }

    private List<Conversation> conversations(String sql, Object... parameters) {
        return rows(sql, parameters).stream()
                .map(JpaConversationRepository::conversation)
                .toList();
    }

    private List<Message> messages(String sql, Object... parameters) {
        return rows(sql, parameters).stream()
                .map(JpaConversationRepository::message)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static Conversation conversation(Object[] row) {
        return new Conversation(
                number(row[0]),
                number(row[1]),
                (String) row[2],
                number(row[3]),
                instant(row[4]),
                instant(row[5]),
                row[6] == null ? null : number(row[6]),
                ids((String) row[7]));
    }

    private static Message message(Object[] row) {
        return new Message(
                number(row[0]),
                number(row[1]),
                Role.ofCode((String) row[2]),
                MessageKind.ofCode((String) row[3]),
                (String) row[4],
                (String) row[5],
                instant(row[6]),
                ids((String) row[7]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return ((Timestamp) value).toInstant();
    }

    /** PostgreSQL's text form of a bigint array, "{1,2,3}", both ways. */
    static List<Long> ids(String text) {
        if (text == null || text.length() <= 2) {
            return List.of();
        }
        return Arrays.stream(text.substring(1, text.length() - 1).split(","))
                .map(Long::valueOf)
                .toList();
    }

    static String arrayLiteral(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
