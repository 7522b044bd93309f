package dev.taskchat.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an operator sees when the contract guard holds a contract back, and how the override reads. */
class ContractGuardCommandTest {

    private static final String OLD_INSTANCE = "7d5f0b6e-1d1a-4a57-9a43-2b1c0e6f9a10";
    private static final EmbeddedDatabase server = TestServer.shared();
    private static int databases;

    @Test
    void migrateRefusesTheContractNamingTheInstanceAndTheOverrideThenAppliesItWithAReason() throws Exception {
        String url = databaseWithAnOldInstance();

        Result refused = run("migrate", "--url", url, "--user", server.user());
        assertThat(refused.status).isEqualTo(MigrationsCommand.FAILED);
        assertThat(refused.out).contains("applied 3 ").doesNotContain("applied 4 ");
        assertThat(refused.err)
                .contains("Contract guard REFUSED V4 (V4__drop_old_body.sql)")
                .contains("below 3")
                .contains(OLD_INSTANCE, "app 0.1.0", "needs schema 2", "host web-1", "last heartbeat")
                .contains("up to version 3 are applied")
                .contains("--allow-contract \"<why it is safe>\"");

        Result info = run("info", "--url", url, "--user", server.user());
        assertThat(info.out)
                .contains("Contract guard: migrate would stop before V4")
                .contains(OLD_INSTANCE);
        Result plan = run("plan", "--url", url, "--user", server.user());
        assertThat(plan.out)
                .contains("Contract guard: migrate would stop before V4")
                .contains(OLD_INSTANCE);

        Result overridden =
                run("migrate", "--url", url, "--user", server.user(), "--allow-contract", "web-1 is drained");
        assertThat(overridden.status).isZero();
        assertThat(overridden.out)
                .contains("Contract guard OVERRIDDEN for V4__drop_old_body.sql, reason: web-1 is drained")
                .contains(OLD_INSTANCE)
                .contains("applied 4 ", "applied 5 ");
    }

    @Test
    void theOverrideNeedsAReasonAndOnlyAppliesToMigrate() {
        String url = "jdbc:postgresql://localhost:1/unused";

        Result blank = run("migrate", "--url", url, "--allow-contract", " ");
        assertThat(blank.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(blank.err).contains("--allow-contract needs a reason");

        Result missing = run("migrate", "--url", url, "--allow-contract");
        assertThat(missing.status).isEqualTo(MigrationsCommand.USAGE_ERROR);

        Result plan = run("plan", "--url", url, "--allow-contract", "because");
        assertThat(plan.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(plan.err).contains("--allow-contract only applies to migrate");
    }

    private static String databaseWithAnOldInstance() throws Exception {
        String url = server.createDatabase("guard_command_test_" + ++databases);
        assertThat(run("migrate", "--target", "2", "--url", url, "--user", server.user()).status)
                .isZero();
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("insert into app_instances values ('" + OLD_INSTANCE
                    + "', '0.1.0', 2, 'web-1', now() - interval '1 hour', now())");
        }
        return url;
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status =
                    new MigrationsCommand(outStream, errStream, List.of("classpath:db/test/guard")).run(args, Map.of());
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {}
}
