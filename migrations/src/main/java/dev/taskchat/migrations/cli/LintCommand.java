package dev.taskchat.migrations.cli;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.lint.Finding;
import dev.taskchat.migrations.lint.Linter;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phases;
import dev.taskchat.migrations.script.ScriptLoader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code lint [files or folders...]}: checks scripts without a database. With no arguments it checks the
 * scripts this executable ships. A folder is checked as a whole history; a single file is checked against
 * the scripts beside it, which are read as its history (so V7 knows the tables V1 to V6 created) but not
 * reported on.
 */
final class LintCommand {

    private final PrintStream out;

    LintCommand(PrintStream out) {
        this.out = out;
    }

    /** Prints each problem on a line of its own and a summary; returns the problems (allowed ones left out). */
    List<Finding> run(List<String> paths) throws UsageException {
        Set<MigrationScript> history = new LinkedHashSet<>();
        Set<MigrationScript> checked = new LinkedHashSet<>();
        if (paths.isEmpty()) {
            List<MigrationScript> shipped = ScriptLoader.fromLocations(
                    List.of(Migrations.DEFAULT_LOCATION), LintCommand.class.getClassLoader());
            history.addAll(shipped);
            checked.addAll(shipped);
        }
        for (String argument : paths) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                List<MigrationScript> scripts = ScriptLoader.fromFolder(path);
                history.addAll(scripts);
                checked.addAll(scripts);
            } else if (Files.isRegularFile(path)) {
                MigrationScript script = ScriptLoader.read(path)
                        .orElseThrow(() -> new UsageException(
                                argument + " is not named like a versioned migration (V<version>__<description>.sql)"));
                Path folder = path.toAbsolutePath().getParent();
                history.addAll(ScriptLoader.fromFolder(folder).stream()
                        .filter(sibling -> MigrationScript.BY_VERSION.compare(sibling, script) < 0)
                        .toList());
                history.add(script);
                checked.add(script);
            } else {
                throw new UsageException("no such file or folder: " + argument);
            }
        }
        List<Finding> findings = new Linter(Phases.shipped()).lint(new ArrayList<>(history), checked::contains);
        List<Finding> problems =
                findings.stream().filter(finding -> !finding.isAllowed()).toList();
        problems.forEach(finding -> out.println(finding.format()));
        long allowed = findings.size() - problems.size();
        String exceptions =
                allowed == 0 ? "" : " (" + allowed + " reviewed exception" + (allowed == 1 ? "" : "s") + ")";
        String scripts = checked.size() + " script" + (checked.size() == 1 ? "" : "s");
        if (problems.isEmpty()) {
            out.println("Linted " + scripts + ": no problems" + exceptions + ".");
        } else {
            out.println("Linted " + scripts + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + exceptions + ".");
        }
        return problems;
    }
}
