package dev.taskchat.web.chat;

import dev.taskchat.web.schema.SchemaCheck;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for due reminders every {@code taskchat.reminders.interval} (default 5 s) from start-up on,
 * once the schema is ready. Every instance runs it; {@link ReminderService} makes sure each reminder
 * is delivered once.
 */
@ApplicationScoped
public class ReminderScheduler {
    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ReminderService reminders;

    @Inject
    SchemaCheck schema;

    @Inject
    @ConfigProperty(name = "taskchat.reminders.interval", defaultValue = "PT5S")
    String interval;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long millis = Duration.parse(interval).toMillis();
        schedule = executor.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (!schema.status().isReady()) {
            return;
        }
        try {
            while (reminders.deliverDue() == ReminderService.BATCH) {
                // a full batch: more may be due right now (catching up after downtime)
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivering reminders failed; trying again at the next tick", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
