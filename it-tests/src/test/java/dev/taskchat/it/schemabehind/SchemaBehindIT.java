package dev.taskchat.it.schemabehind;

import static dev.taskchat.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.DeployedApplication;
import dev.taskchat.it.support.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs in its own failsafe execution, whose database stops at schema version 3 (the WAR needs 4): see the
 * {@code schema-behind} execution in the pom and {@link dev.taskchat.it.support.PrivateDatabase}.
 */
@ExtendWith(ArquillianExtension.class)
public class SchemaBehindIT {

    private static final Pattern MISSING_VERSION = Pattern.compile("\\b4\\b");

    @Deployment(testable = false)
    public static WebArchive builtWar() {
        return DeployedApplication.builtWar();
    }

    private final Api api = Api.deployed();
    private final Api server = Api.server();

    @Test
    void readinessIsDownAndNamesTheMissingVersion() {
        JsonObject health = server.get("/health/ready").send().expect(503).json();

        assertThat(Jsons.string(health, "status")).isEqualTo("DOWN");
        List<JsonObject> down = Jsons.objects(health, "checks").stream()
                .filter(check -> "DOWN".equals(Jsons.string(check, "status")))
                .toList();
        assertThat(down).as("checks that are DOWN in %s", health).isNotEmpty();
        assertThat(down)
                .as("a DOWN check names the missing version 4: %s", health)
                .anyMatch(check -> check.containsKey("data")
                        && check.get("data") instanceof JsonObject data
                        && data.values().stream()
                                .anyMatch(value ->
                                        MISSING_VERSION.matcher(text(value)).find()));
    }

    @Test
    void livenessIsUp() {
        JsonObject health = server.get("/health/live").send().expect(200).json();

        assertThat(Jsons.string(health, "status")).isEqualTo("UP");
    }

    @Test
    void theApiAnswers503SchemaBehind() {
        assertProblem(api.get("/api/tasks").send(), 503, "schema-behind");
        assertProblem(api.login(Api.uniqueEmail(), Api.PASSWORD), 503, "schema-behind");
        assertProblem(api.register(Api.uniqueEmail(), Api.PASSWORD, "Late", "Europe/Berlin"), 503, "schema-behind");
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
