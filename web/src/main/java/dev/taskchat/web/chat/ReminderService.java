package dev.taskchat.web.chat;

import dev.taskchat.domain.account.User;
import dev.taskchat.domain.account.UserRepository;
import dev.taskchat.domain.assistant.Describe;
import dev.taskchat.domain.conversation.Conversation;
import dev.taskchat.domain.conversation.ConversationRepository;
import dev.taskchat.domain.conversation.Message;
import dev.taskchat.domain.conversation.NewMessage;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.web.account.Caller;
import dev.taskchat.web.task.TaskChanged;
import dev.taskchat.web.task.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Delivers due reminders, each exactly once: the due tasks are claimed with {@code FOR UPDATE SKIP
 * LOCKED} (another instance skips them), and the reminder message and the "delivered" mark are
 * written in the same transaction. A reminder that fell due while no instance ran is simply due.
 */
@ApplicationScoped
public class ReminderService {
    static final int BATCH = 50;
    static final String REMINDERS_TITLE = "Reminders";

    @Inject
    TaskRepository tasks;

    @Inject
    UserRepository users;

    @Inject
    ConversationRepository conversations;

    @Inject
    ChatService chat;

    @Inject
    Clock clock;

    @Inject
    Event<MessageStored> stored;

    @Inject
    Event<TaskChanged> changes;

    /** Delivers up to {@link #BATCH} due reminders in one transaction; returns how many. */
    @Transactional
    public int deliverDue() {
        Instant now = clock.instant();
        List<Task> due = tasks.claimDueReminders(now, BATCH);
        for (Task task : due) {
            deliver(task, now);
        }
        return due.size();
    }

    private void deliver(Task task, Instant now) {
        User owner = users.find(task.ownerId()).orElseThrow();
        Caller caller = new Caller(owner.id(), owner.zone(), 0);
        Conversation conversation = conversations
                .mostRecent(owner.id())
                .orElseGet(() -> conversations.create(owner.id(), REMINDERS_TITLE, now));
        String text = "Reminder: " + Describe.task(task, owner.zone(), clock);
        Message message = conversations.append(conversation.id(), NewMessage.reminder(text, task.id()), now);
        conversations.remember(conversation.id(), task.id(), null);
        task.markReminded(clock);
        tasks.update(task);
        // marking it reminded is a new version of the task: open clients must see it, or their next
        // If-Match edit would be refused as stale
        changes.fire(
                new TaskChanged(owner.id(), TaskChanged.Change.UPDATED, task.id(), TaskView.of(task, owner.zone())));
        stored.fire(new MessageStored(owner.id(), conversation.id(), chat.views(caller, List.of(message)), null));
    }
}
