package dev.taskchat.web.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is DOWN, with the reason and the missing migrations, until the schema is right. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {
    @Inject
    SchemaCheck schema;

    @Override
    public HealthCheckResponse call() {
        SchemaStatus status = schema.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database-schema")
                .status(status.isReady())
                .withData("requiredVersion", status.requiredVersion())
                .withData("message", status.explanation());
        if (status.currentVersion() != null) {
            response.withData("currentVersion", status.currentVersion());
        }
        if (!status.missingVersions().isEmpty()) {
            response.withData("missingVersions", status.missingVersions().toString());
        }
        return response.build();
    }
}
