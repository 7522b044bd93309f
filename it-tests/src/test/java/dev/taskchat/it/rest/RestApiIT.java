package dev.taskchat.it.rest;

import dev.taskchat.it.browser.BrowserChatTests;
import dev.taskchat.it.chat.ChatSocketTests;
import dev.taskchat.it.chat.ChatTests;
import dev.taskchat.it.chat.ReminderTests;
import dev.taskchat.it.chat.WalkthroughTests;
import dev.taskchat.it.support.DeployedApplication;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API against one deployment of the built WAR (Payara Micro takes ~20 s to boot, so every feature
 * shares it). The nested classes only name the features; their tests are in the {@code *Tests} classes.
 */
@ExtendWith(ArquillianExtension.class)
public class RestApiIT {

    @Deployment(testable = false)
    public static WebArchive builtWar() {
        return DeployedApplication.builtWar();
    }

    @Nested
    class Authentication extends AuthenticationTests {}

    @Nested
    class Isolation extends IsolationTests {}

    @Nested
    class TaskLifecycle extends TaskLifecycleTests {}

    @Nested
    class RecurringTasks extends RecurringTaskTests {}

    @Nested
    class Idempotency extends IdempotencyTests {}

    @Nested
    class TaskList extends TaskListTests {}

    @Nested
    class Tags extends TagTests {}

    @Nested
    class BadInput extends BadInputTests {}

    @Nested
    class Operations extends OperationsTests {}

    @Nested
    class Chat extends ChatTests {}

    @Nested
    class ChatSocket extends ChatSocketTests {}

    @Nested
    class Walkthrough extends WalkthroughTests {}

    @Nested
    class Reminders extends ReminderTests {}

    @Nested
    class Browser extends BrowserChatTests {}
}
