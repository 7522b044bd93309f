package dev.taskchat.migrations.backfill;

import java.time.Duration;
import java.util.Locale;

/** One progress line: rows done / total, the rate of this run, and when it should end at that rate. */
final class ProgressLine {

    private ProgressLine() {}

    /**
     * @param done rows covered so far, earlier runs included
     * @param total rows in the table when this run started
     * @param doneThisRun rows covered by this run, which the rate is measured on
     * @param elapsed how long this run has taken
     */
    static String format(String name, long done, long total, long doneThisRun, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = doneThisRun / seconds;
        long remaining = Math.max(total - done, 0);
        String eta = rate <= 0 ? "unknown" : duration(Math.round(remaining / rate));
        long percent = total == 0 ? 100 : Math.min(100, done * 100 / total);
        return String.format(
                Locale.ROOT,
                "  %s: %,d / %,d rows (%d%%), %,.0f rows/s, ETA %s",
                name,
                done,
                total,
                percent,
                rate,
                eta);
    }

    static String duration(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
