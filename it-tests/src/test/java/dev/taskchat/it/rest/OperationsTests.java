package dev.taskchat.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What operators rely on: MicroProfile Health and OpenAPI at the server's root. */
abstract class OperationsTests extends ApiTests {

    final Api server = Api.server();

    @Test
    void readinessIsUp() {
        JsonObject health = server.get("/health/ready").send().expect(200).json();

        assertThat(Jsons.string(health, "status")).isEqualTo("UP");
        assertThat(Jsons.objects(health, "checks"))
                .as("the application declares its readiness checks")
                .isNotEmpty()
                .allSatisfy(check -> assertThat(Jsons.string(check, "status")).isEqualTo("UP"));
    }

    @Test
    void livenessIsUp() {
        JsonObject health = server.get("/health/live").send().expect(200).json();

        assertThat(Jsons.string(health, "status")).isEqualTo("UP");
    }

    @Test
    void overallHealthIsUp() {
        JsonObject health = server.get("/health").send().expect(200).json();

        assertThat(Jsons.string(health, "status")).isEqualTo("UP");
    }

    @Test
    void openApiDescribesTheTaskEndpoints() {
        Reply yaml = server.get("/openapi").send().expect(200);
        Reply json = server.get("/openapi")
                .header("Accept", "application/json")
                .send()
                .expect(200);

        assertThat(yaml.body()).contains("/api/tasks").contains("/api/auth/login");
        assertThat(json.body()).contains("/api/tasks");
    }
}
