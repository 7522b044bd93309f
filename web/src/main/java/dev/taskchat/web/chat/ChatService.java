package dev.taskchat.web.chat;

import dev.taskchat.domain.conversation.AssistantChangeRepository;
import dev.taskchat.domain.conversation.Conversation;
import dev.taskchat.domain.conversation.ConversationRepository;
import dev.taskchat.domain.conversation.Exchange;
import dev.taskchat.domain.conversation.Message;
import dev.taskchat.domain.conversation.NewMessage;
import dev.taskchat.domain.error.NotFoundException;
import dev.taskchat.domain.error.Violations;
import dev.taskchat.web.account.Caller;
import dev.taskchat.web.task.TaskService;
import dev.taskchat.web.task.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Conversations and messages; each call is one transaction. Sending a message stores it, runs it
 * through the {@link Assistant}, stores the reply and what the conversation now remembers — all or
 * nothing. The WebSocket endpoint and the REST resource both come here.
 */
@ApplicationScoped
@Transactional
public class ChatService {
    static final String DEFAULT_TITLE = "Chat";

    @Inject
    ConversationRepository conversations;

    @Inject
    AssistantChangeRepository changes;

    @Inject
    Assistant assistant;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    @Inject
    Event<MessageStored> stored;

    public ConversationView start(Caller caller, String title) {
        Violations violations = new Violations();
        String name = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        violations.check(
                name.length() <= Conversation.MAX_TITLE_LENGTH,
                "title",
                "must be at most " + Conversation.MAX_TITLE_LENGTH + " characters");
        violations.throwIfAny();
        return ConversationView.of(conversations.create(caller.userId(), name, clock.instant()), caller.zone());
    }

    public ConversationListView list(Caller caller) {
        return new ConversationListView(conversations.list(caller.userId()).stream()
                .map(conversation -> ConversationView.of(conversation, caller.zone()))
                .toList());
    }

    public List<MessageView> history(Caller caller, long conversationId, long afterSeq, int limit) {
        find(caller, conversationId);
        return views(caller, conversations.after(conversationId, afterSeq, limit));
    }

    /**
     * Runs one message. A message whose client id was seen before is not run again: the stored
     * exchange is answered, so a resend after a reconnect never adds a second task.
     *
     * @param originSession the socket that sent it (it is answered directly, not pushed to), or null
     */
    public ExchangeView say(
            Caller caller, long conversationId, String text, String clientMessageId, String originSession) {
        checkMessage(text, clientMessageId);
        // the lock makes a concurrent resend of the same message wait for this one, then find its reply
        Conversation conversation = conversations
                .lock(caller.userId(), conversationId)
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
        if (clientMessageId != null) {
            Optional<Exchange> earlier = conversations.findExchange(conversationId, clientMessageId);
            if (earlier.isPresent()) {
                List<MessageView> pair = views(
                        caller, List.of(earlier.get().message(), earlier.get().reply()));
                return new ExchangeView(pair.get(0), pair.get(1));
            }
        }
        Instant now = clock.instant();
        Message message = conversations.append(conversationId, NewMessage.fromUser(text.strip(), clientMessageId), now);
        Outcome outcome = assistant.answer(caller, conversation, text.strip());
        Message reply = conversations.append(conversationId, NewMessage.reply(outcome.text(), outcome.taskIds()), now);
        if (outcome.lastTaskId() != null || outcome.lastList() != null) {
            Long lastTask = outcome.lastTaskId() != null ? outcome.lastTaskId() : conversation.lastTaskId();
            conversations.remember(conversationId, lastTask, outcome.lastList());
        }
        if (outcome.undo() != null) {
            changes.record(
                    conversationId,
                    message.seq(),
                    outcome.undo().summary(),
                    outcome.undo().steps(),
                    now);
        }
        List<MessageView> pair = views(caller, List.of(message, reply));
        stored.fire(new MessageStored(caller.userId(), conversationId, pair, originSession));
        return new ExchangeView(pair.get(0), pair.get(1));
    }

    private static void checkMessage(String text, String clientMessageId) {
        Violations violations = new Violations();
        violations.check(text != null && !text.isBlank(), "text", "must not be empty");
        violations.check(
                text == null || text.length() <= Message.MAX_TEXT_LENGTH,
                "text",
                "must be at most " + Message.MAX_TEXT_LENGTH + " characters");
        violations.check(
                clientMessageId == null
                        || (!clientMessageId.isBlank() && clientMessageId.length() <= Message.MAX_CLIENT_ID_LENGTH),
                "clientMessageId",
                "must be 1 to " + Message.MAX_CLIENT_ID_LENGTH + " characters");
        violations.throwIfAny();
    }

    private Conversation find(Caller caller, long conversationId) {
        return conversations
                .find(caller.userId(), conversationId)
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
    }

    /** Message views with their task cards, the tasks of all of them read at once. */
    List<MessageView> views(Caller caller, List<Message> messages) {
        List<Long> ids = messages.stream()
                .flatMap(message -> message.taskIds().stream())
                .distinct()
                .toList();
        Map<Long, TaskView> cards =
                tasks.views(caller, ids).stream().collect(Collectors.toMap(TaskView::id, Function.identity()));
        return messages.stream()
                .map(message -> MessageView.of(
                        message,
                        message.taskIds().stream()
                                .map(cards::get)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        caller.zone()))
                .toList();
    }
}
