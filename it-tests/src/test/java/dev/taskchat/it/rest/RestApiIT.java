package dev.taskchat.it.rest;

import dev.taskchat.it.browser.BrowserChatTests;
import dev.taskchat.it.chat.ChatSocketTests;
import dev.taskchat.it.chat.ReminderTests;
import dev.taskchat.it.chat.WalkthroughTests;
import dev.taskchat.it.support.DeployedApplication;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on one deployment (Payara Micro takes ~20 s to boot, so every feature shares it): the REST API
 * suite ({@link RestApiSuite}), and the chat over WebSocket, reminders and the browser, which need this one
 * server. The nested classes only name the features; their tests are in the {@code *Tests} classes.
 */
@ExtendWith(ArquillianExtension.class)
public class RestApiIT extends RestApiSuite {

    @Deployment(testable = false)
    public static WebArchive builtWar() {
        return DeployedApplication.builtWar();
    }

    @Nested
    class ChatSocket extends ChatSocketTests {}

    @Nested
    class Walkthrough extends WalkthroughTests {}

    @Nested
    class Reminders extends ReminderTests {}

    @Nested
    class Browser extends BrowserChatTests {}
}
