package dev.taskchat.persistence.conversation;

import static dev.taskchat.persistence.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.domain.conversation.Conversation;
import dev.taskchat.domain.conversation.Exchange;
import dev.taskchat.domain.conversation.Message;
import dev.taskchat.domain.conversation.MessageKind;
import dev.taskchat.domain.conversation.NewMessage;
import dev.taskchat.domain.conversation.Role;
import dev.taskchat.persistence.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JpaConversationRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final long owner = TestDatabase.newUser();

    @Test
    void createsAConversationAndFindsItForItsOwnerOnly() {
        Conversation created = create(owner, "Errands", NOW);

        assertThat(created.id()).isPositive();
        assertThat(created.ownerId()).isEqualTo(owner);
        assertThat(created.title()).isEqualTo("Errands");
        assertThat(created.lastSeq()).isZero();
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.updatedAt()).isEqualTo(NOW);
        assertThat(created.lastTaskId()).isNull();
        assertThat(created.lastList()).isEmpty();
        assertThat(find(owner, created.id())).contains(created);

        long stranger = TestDatabase.newUser();
        assertThat(find(stranger, created.id())).isEmpty();
        assertThat(lock(stranger, created.id())).isEmpty();
        assertThat(lock(owner, created.id())).contains(created);
        assertThat(list(stranger)).isEmpty();
        assertThat(mostRecent(stranger)).isEmpty();
    }

    @Test
    void listsTheMostRecentlyActiveFirst() {
        Conversation first = create(owner, "first", NOW);
        Conversation second = create(owner, "second", NOW.plusSeconds(60));
        Conversation third = create(owner, "third", NOW.plusSeconds(120));
        assertThat(ids(list(owner))).containsExactly(third.id(), second.id(), first.id());
        assertThat(mostRecent(owner)).contains(third.id());

        append(first.id(), NewMessage.fromUser("back to the first", null), NOW.plusSeconds(180));

        assertThat(ids(list(owner))).containsExactly(first.id(), third.id(), second.id());
        assertThat(mostRecent(owner)).contains(first.id());
        assertThat(find(owner, first.id()).orElseThrow().updatedAt()).isEqualTo(NOW.plusSeconds(180));
        assertThat(mostRecent(TestDatabase.newUser())).isEmpty();
    }

    @Test
    void numbersMessagesPerConversationAndKeepsEveryField() {
        long a = create(owner, "a", NOW).id();
        long b = create(owner, "b", NOW).id();

        Message a1 = append(a, NewMessage.fromUser("add buy milk", "c-1"), NOW);
        Message a2 = append(a, NewMessage.reply("Added *Buy milk*", List.of(3_000_000_000L, 7L)), NOW.plusSeconds(1));
        Message b1 = append(b, NewMessage.fromUser("hello", null), NOW.plusSeconds(2));
        Message a3 = append(a, NewMessage.reminder("Reminder: *Buy milk*", 7L), NOW.plusSeconds(3));

        assertThat(List.of(a1.seq(), a2.seq(), a3.seq())).containsExactly(1L, 2L, 3L);
        assertThat(b1.seq()).isEqualTo(1);
        assertThat(a1).isEqualTo(new Message(a, 1, Role.USER, MessageKind.CHAT, "add buy milk", "c-1", NOW, List.of()));
        assertThat(a2)
                .isEqualTo(new Message(
                        a,
                        2,
                        Role.ASSISTANT,
                        MessageKind.CHAT,
                        "Added *Buy milk*",
                        null,
                        NOW.plusSeconds(1),
                        List.of(3_000_000_000L, 7L)));
        assertThat(a3.kind()).isEqualTo(MessageKind.REMINDER);
        assertThat(a3.role()).isEqualTo(Role.ASSISTANT);
        assertThat(a3.taskIds()).containsExactly(7L);
        assertThat(after(a, 0, 100)).containsExactly(a1, a2, a3);
        assertThat(after(b, 0, 100)).containsExactly(b1);
        assertThat(find(owner, a).orElseThrow().lastSeq()).isEqualTo(3);
        assertThat(find(owner, b).orElseThrow().lastSeq()).isEqualTo(1);
    }

    @Test
    void findsTheExchangeOfAClientMessageId() {
        long id = create(owner, "chat", NOW).id();
        Message question = append(id, NewMessage.fromUser("what's due today?", "c-1"), NOW);
        Message answer = append(id, NewMessage.reply("Nothing due today.", List.of()), NOW);
        Message second = append(id, NewMessage.fromUser("add buy milk", "c-2"), NOW);
        Message secondAnswer = append(id, NewMessage.reply("Added *Buy milk*", List.of(5L)), NOW);
        long other = create(owner, "other", NOW).id();

        assertThat(exchange(id, "c-1")).contains(new Exchange(question, answer));
        assertThat(exchange(id, "c-2")).contains(new Exchange(second, secondAnswer));
        assertThat(exchange(id, "c-3")).isEmpty();
        assertThat(exchange(other, "c-1"))
                .as("client ids belong to their conversation")
                .isEmpty();
    }

    @Test
    void aUserMessageWithoutItsReplyYetIsNoExchange() {
        long id = create(owner, "chat", NOW).id();
        append(id, NewMessage.fromUser("add buy milk", "c-1"), NOW);

        assertThat(exchange(id, "c-1")).isEmpty();
    }

    @Test
    void pagesThroughMessagesAfterASequenceNumber() {
        long id = create(owner, "chat", NOW).id();
        for (int i = 1; i <= 7; i++) {
            append(id, NewMessage.fromUser("message " + i, null), NOW.plusSeconds(i));
        }

        assertThat(seqs(after(id, 0, 3))).containsExactly(1L, 2L, 3L);
        assertThat(seqs(after(id, 3, 3))).containsExactly(4L, 5L, 6L);
        assertThat(seqs(after(id, 6, 3))).containsExactly(7L);
        assertThat(after(id, 7, 3)).isEmpty();
        assertThat(after(id, 4, 1).get(0).text()).isEqualTo("message 5");
    }

    @Test
    void remembersTheLastTaskAndTheLastList() {
        long id = create(owner, "chat", NOW).id();

        remember(id, 5L, List.of(9L, 3_000_000_001L, 4L));
        Conversation remembered = find(owner, id).orElseThrow();
        assertThat(remembered.lastTaskId()).isEqualTo(5L);
        assertThat(remembered.lastList()).containsExactly(9L, 3_000_000_001L, 4L);
        assertThat(remembered.listed(2)).contains(3_000_000_001L);

        remember(id, 7L, null);
        Conversation kept = find(owner, id).orElseThrow();
        assertThat(kept.lastTaskId()).as("the last task changes").isEqualTo(7L);
        assertThat(kept.lastList()).as("a null list keeps the list").containsExactly(9L, 3_000_000_001L, 4L);

        remember(id, null, List.of());
        Conversation cleared = find(owner, id).orElseThrow();
        assertThat(cleared.lastTaskId()).isNull();
        assertThat(cleared.lastList()).isEmpty();
    }

    @Test
    void concurrentAppendsToOneConversationGetDistinctConsecutiveNumbers() throws Exception {
        long id = create(owner, "busy", NOW).id();
        int writers = 8;
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Long> seqs = new ArrayList<>();
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String text = "writer " + i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return append(id, NewMessage.fromUser(text, null), NOW).seq();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Long> future : futures) {
                seqs.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> expected = LongStream.rangeClosed(1, writers).boxed().toList();
        assertThat(seqs).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seqs(after(id, 0, 100))).containsExactlyElementsOf(expected);
        assertThat(find(owner, id).orElseThrow().lastSeq()).isEqualTo(writers);
    }

    private static Conversation create(long user, String title, Instant now) {
        return inTransaction(em -> new JpaConversationRepository(em).create(user, title, now));
    }

    private static Optional<Conversation> find(long user, long id) {
        return inTransaction(em -> new JpaConversationRepository(em).find(user, id));
    }

    private static Optional<Conversation> lock(long user, long id) {
        return inTransaction(em -> new JpaConversationRepository(em).lock(user, id));
    }

    private static List<Conversation> list(long user) {
        return inTransaction(em -> new JpaConversationRepository(em).list(user));
    }

    private static Optional<Long> mostRecent(long user) {
        return inTransaction(em -> new JpaConversationRepository(em).mostRecent(user))
                .map(Conversation::id);
    }

    private static Message append(long conversationId, NewMessage message, Instant now) {
        return inTransaction(em -> new JpaConversationRepository(em).append(conversationId, message, now));
    }

    private static Optional<Exchange> exchange(long conversationId, String clientMessageId) {
        return inTransaction(em -> new JpaConversationRepository(em).findExchange(conversationId, clientMessageId));
    }

    private static List<Message> after(long conversationId, long afterSeq, int limit) {
        return inTransaction(em -> new JpaConversationRepository(em).after(conversationId, afterSeq, limit));
    }

    private static void remember(long conversationId, Long lastTaskId, List<Long> lastList) {
        TestDatabase.run(em -> new JpaConversationRepository(em).remember(conversationId, lastTaskId, lastList));
    }

    private static List<Long> ids(List<Conversation> conversations) {
        return conversations.stream().map(Conversation::id).toList();
    }

    private static List<Long> seqs(List<Message> messages) {
        return messages.stream().map(Message::seq).toList();
    }
}
