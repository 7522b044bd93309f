package dev.taskchat.domain.assistant;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads a table of grammar cases: one {@code phrase | expected} per line (see {@link CommandText} for the
 * expected side), {@code --} starts a comment, and {@code @ 2026-11-22T11:00 Europe/Berlin} sets the
 * local time and zone for the lines after it.
 */
final class GrammarCases {

    private GrammarCases() {}

    record Case(String phrase, String expected, Clock clock, ZoneId zone, String when) {
        @Override
        public String toString() {
            return "[" + when + "] " + phrase + "  →  " + expected;
        }
    }

    static Stream<Arguments> read(String table) {
        List<Arguments> cases = new ArrayList<>();
        Clock clock = null;
        ZoneId zone = null;
        String when = null;
        for (String line : table.split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("--")) {
                continue;
            }
            if (text.startsWith("@ ")) {
                String[] parts = text.substring(2).strip().split("\\s+");
                zone = ZoneId.of(parts[1]);
                clock = Clock.fixed(LocalDateTime.parse(parts[0]).atZone(zone).toInstant(), ZoneId.of("UTC"));
                when = parts[0].replace('T', ' ') + " " + parts[1].substring(parts[1].indexOf('/') + 1);
                continue;
            }
            int bar = text.lastIndexOf(" | ");
            if (bar < 0 || clock == null) {
                throw new IllegalArgumentException("not a case (phrase | expected) after a clock line: " + text);
            }
            cases.add(Arguments.of(new Case(
                    text.substring(0, bar).strip(), text.substring(bar + 3).strip(), clock, zone, when)));
        }
        return cases.stream();
    }
}
