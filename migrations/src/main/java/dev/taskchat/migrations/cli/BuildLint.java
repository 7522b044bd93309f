package dev.taskchat.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The build's lint step: {@code exec:java} runs it on the module's scripts in the process-classes phase, so
 * an unsafe script fails {@code ./mvnw install} and {@code ./mvnw -Prun} (which skip the tests) before it can
 * reach any database. It runs inside Maven's JVM, so it fails by throwing, never by {@code System.exit}, and
 * says nothing when the scripts are clean.
 */
public final class BuildLint {

    private BuildLint() {}

    /** {@code args}: the folders or files to lint. */
    public static void main(String[] args) throws UsageException {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        List<?> problems;
        try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            problems = new LintCommand(out).run(Arrays.asList(args));
        }
        if (!problems.isEmpty()) {
            System.err.print(report.toString(StandardCharsets.UTF_8));
            throw new IllegalStateException("lint found " + problems.size()
                    + " unsafe pattern(s) in the migration scripts; fix them, or add a reviewed"
                    + " '-- lint: allow <rule-id> because <reason>' before the statement");
        }
    }
}
