package dev.taskchat.migrations.cli;

import dev.taskchat.migrations.MigrationInfo;
import dev.taskchat.migrations.script.Phase;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Lays out {@code info} as a plain text table whose columns line up, for a terminal or a CI log. */
final class InfoTable {

    private static final DateTimeFormatter INSTALLED_ON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final List<String> HEADER =
            List.of("Version", "Description", "Phase", "State", "Installed on (UTC)");

    private InfoTable() {}

    static String render(List<MigrationInfo> migrations) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MigrationInfo migration : migrations) {
            rows.add(List.of(
                    migration.version(),
                    migration.description(),
                    // "?" rather than blank: a script without a phase is an error lint reports
                    migration.phase().map(Phase::word).orElse("?"),
                    migration.state(),
                    migration.installedOn() == null ? "" : INSTALLED_ON.format(migration.installedOn())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int index = 0; index < rows.size(); index++) {
            appendRow(table, rows.get(index), widths);
            if (index == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                appendRow(table, rule, widths);
            }
        }
        return table.toString();
    }

    private static void appendRow(StringBuilder table, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            if (column > 0) {
                line.append("  ");
            }
            line.append(row.get(column))
                    .append(" ".repeat(widths[column] - row.get(column).length()));
        }
        table.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
