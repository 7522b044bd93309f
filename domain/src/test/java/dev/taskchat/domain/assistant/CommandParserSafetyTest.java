package dev.taskchat.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.taskchat.domain.task.Due;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever arrives, the parser answers with a command: never an exception, never an empty title. */
class CommandParserSafetyTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("UTC"));
    private final CommandParser parser = new CommandParser(CLOCK);

    @Test
    void nothingAtAllIsNotUnderstood() {
        assertThat(parser.parse(null, BERLIN)).isEqualTo(new Unrecognized(""));
        assertThat(parser.parse("   \n\t ", BERLIN)).isEqualTo(new Unrecognized(""));
    }

    @Test
    void unrecognizedKeepsTheMessageForTheReply() {
        assertThat(parser.parse("  hello there?  ", BERLIN)).isEqualTo(new Unrecognized("hello there?"));
    }

    @Test
    void aTitleTooLongForATaskIsNotUnderstood() {
        String title = "x".repeat(501);

        assertThat(parser.parse(title, BERLIN)).isEqualTo(new Unrecognized(title));
        assertThat(parser.parse("y".repeat(500), BERLIN)).isInstanceOf(AddTask.class);
    }

    @Test
    void aMessageLongerThanAnyCommandIsNotRead() {
        String message = "buy milk ".repeat(300);

        assertThat(parser.parse(message, BERLIN)).isEqualTo(new Unrecognized(message.strip()));
    }

    @Test
    void controlCharactersInsideQuotesAreNotUnderstood() {
        assertThat(parser.parse("add \"a\u0007b\"", BERLIN)).isInstanceOf(Unrecognized.class);
    }

    @Test
    void aLineBreakInsideQuotesBecomesASpace() {
        Command command = parser.parse("add \"first\nsecond\"", BERLIN);

        assertThat(CommandText.of(command)).isEqualTo("add \"first second\"");
    }

    @Test
    void anUnclosedQuoteIsAnOrdinaryCharacter() {
        Command command = parser.parse("add \"meet at 9", BERLIN);

        assertThat(CommandText.of(command)).isEqualTo("add \"\"meet\" due=2026-11-23T09:00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"",
                "\"\"",
                "\" \"",
                "#",
                "##",
                "!",
                "every",
                "every!",
                "at",
                "in",
                "the",
                "on the",
                "due",
                "remind me about",
                "remind me to",
                "rename to",
                "rename it to",
                "move to",
                "move it to",
                "tag",
                "tag it",
                "mark",
                "mark as done",
                "done with",
                "p0",
                "every 0 days",
                "in 0 days",
                "at 99",
                "dec 0",
                "the 0th",
                "in 99999999999 days",
                "every 999 years",
                "in 999 years",
                "until",
                "for 0 times",
                "🙂",
                "🙂 tomorrow",
                "every day until yesterday",
                "the 1st the 2nd the 3rd",
                "1st 2nd 3rd 4th",
                "add #a-b_c",
                "every 3rd",
                "every last",
                "every other",
                "remind me 0 min before",
                "in 9999min",
                "at 24:00",
                "feb 29 2027",
                "2027-02-29",
                "christmas every feb 30",
                "every 32nd",
                "done 0",
                "delete 1000",
                "add #home to",
                "tag it with",
                "tag it as #",
                "tag it as über",
                "\u0000",
                "a\u0000b"
            })
    void oddInputIsAnsweredWithACommand(String message) {
        Command command = parser.parse(message, BERLIN);

        assertThat(command).isNotNull();
        if (command instanceof AddTask add) {
            assertThat(add.draft().title().value()).isNotBlank();
        }
    }

    /** Thousands of phrases made of the grammar's own words, in random orders: a fixed seed keeps it repeatable. */
    @Test
    void anyMixOfTheGrammarsWordsIsAnsweredTheSameWayEveryTime() {
        List<String> words = List.of(
                "add",
                "remind",
                "me",
                "to",
                "done",
                "delete",
                "move",
                "make",
                "tag",
                "it",
                "2",
                "the",
                "dentist",
                "task",
                "every",
                "every!",
                "day",
                "monday",
                "mon",
                "and",
                "thu",
                "other",
                "week",
                "month",
                "on",
                "1st",
                "3rd",
                "friday",
                "last",
                "of",
                "until",
                "dec",
                "31",
                "for",
                "5",
                "times",
                "at",
                "9am",
                "9",
                "noon",
                "tomorrow",
                "tonight",
                "next",
                "this",
                "weekend",
                "in",
                "3",
                "days",
                "hours",
                "#home",
                "p1",
                "urgent",
                "high",
                "priority",
                "before",
                "30",
                "min",
                "\"quoted words\"",
                "what's",
                "due",
                "overdue",
                "show",
                "?",
                "after",
                "completion",
                "by",
                "end",
                "rename",
                "as",
                "morning",
                "starting",
                "daily");
        Random random = new Random(42);
        CommandParser again = new CommandParser(CLOCK);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int n = 0; n < 5_000; n++) {
                StringBuilder message = new StringBuilder();
                int length = 1 + random.nextInt(9);
                for (int i = 0; i < length; i++) {
                    message.append(words.get(random.nextInt(words.size()))).append(' ');
                }
                Command command = parser.parse(message.toString(), BERLIN);
                assertThat(command)
                        .as(message.toString())
                        .isNotNull()
                        .isEqualTo(again.parse(message.toString(), BERLIN));
                if (command instanceof AddTask add) {
                    assertThat(add.draft().title().value())
                            .as(message.toString())
                            .isNotBlank();
                }
            }
        });
    }

    @Test
    void longRunsOfTokensAreReadQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            parser.parse("make " + "1st ".repeat(480), BERLIN);
            parser.parse("move " + "x to ".repeat(390), BERLIN);
            parser.parse("every monday " + "and monday ".repeat(170), BERLIN);
            parser.parse("the 1st ".repeat(240), BERLIN);
        });
    }

    @Test
    void aDueInTheDaylightSavingGapKeepsItsLocalTimeAndMovesItsInstant() {
        Clock saturdayEvening = Clock.fixed(Instant.parse("2027-03-27T20:00:00Z"), ZoneId.of("UTC"));

        AddTask add = (AddTask) new CommandParser(saturdayEvening).parse("call mom tomorrow at 2:30am", BERLIN);
        Due due = add.draft().due();

        assertThat(due).isEqualTo(Due.at(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30)));
        assertThat(due.instantIn(BERLIN)).isEqualTo(Instant.parse("2027-03-28T01:30:00Z")); // 03:30 summer time
    }

    @Test
    void theSameMessageMeansTheSameMomentOnlyInTheSameZone() {
        Command berlin = parser.parse("call mom at 9", BERLIN);
        Command newYork = parser.parse("call mom at 9", ZoneId.of("America/New_York"));

        assertThat(CommandText.of(berlin)).isEqualTo("add \"call mom\" due=2026-11-23T09:00");
        assertThat(CommandText.of(newYork)).isEqualTo("add \"call mom\" due=2026-11-22T09:00");
    }
}
