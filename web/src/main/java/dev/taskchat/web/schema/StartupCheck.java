package dev.taskchat.web.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Checks the database as soon as the application starts, so a wrong setup is in the log at once, loudly. */
@ApplicationScoped
public class StartupCheck {
    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    @Inject
    SchemaCheck schema;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        SchemaStatus status = schema.status();
        if (status.isReady()) {
            LOG.info("Taskchat: database ready; " + status.explanation());
        } else {
            LOG.severe("""

                    ************************************************************************
                    Taskchat is NOT ready: %s
                    /health/ready answers DOWN and the API answers 503 until this is fixed.
                    ************************************************************************""".formatted(status.explanation()));
        }
    }
}
