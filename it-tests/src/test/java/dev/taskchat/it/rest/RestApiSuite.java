package dev.taskchat.it.rest;

import dev.taskchat.it.chat.ChatTests;
import org.junit.jupiter.api.Nested;

/**
 * The REST API suite, feature by feature: a test class that extends this runs all of it against the server(s)
 * {@link dev.taskchat.it.support.Api#deployed()} points at. The tests are in the {@code *Tests} classes.
 */
abstract class RestApiSuite {

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
}
