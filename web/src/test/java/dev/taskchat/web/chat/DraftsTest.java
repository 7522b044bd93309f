package dev.taskchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.domain.assistant.Reminder;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Title;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Due TIMED = Due.at(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0));
    private static final Due ALL_DAY = Due.on(LocalDate.of(2026, 12, 1));

    @ParameterizedTest
    @CsvSource({
        "pay rent, Pay rent",
        "iPhone repair, iPhone repair",
        "eBay listing, eBay listing",
        "2nd floor, 2nd floor",
        "x, X"
    })
    void newTitlesStartWithACapitalUnlessTheFirstWordHasItsOwn(String typed, String added) {
        assertThat(Drafts.capitalized(Title.of(typed)).value()).isEqualTo(added);
    }

    @Test
    void atTheDueTimeIsTheDueTimeOrNineOnAnAllDayTask() {
        assertThat(Drafts.remindAt(new Reminder.AtDue(), TIMED, BERLIN))
                .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(Drafts.remindAt(new Reminder.AtDue(), ALL_DAY, BERLIN))
                .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void beforeCountsBackInLocalTimeAcrossADstChange() {
        // 2027-03-28 02:00 Berlin springs forward: one day before 09:00 on the 29th is 09:00 local on the 28th
        Due afterSwitch = Due.at(LocalDate.of(2027, 3, 29), LocalTime.of(9, 0));
        assertThat(Drafts.remindAt(new Reminder.Before(Duration.ofDays(1)), afterSwitch, BERLIN))
                .isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
        assertThat(Drafts.remindAt(new Reminder.Before(Duration.ofMinutes(30)), TIMED, BERLIN))
                .isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));
    }

    @Test
    void anExplicitTimeNeedsNoDueDateTheOthersDo() {
        assertThat(Drafts.remindAt(new Reminder.At(LocalDateTime.of(2026, 11, 23, 8, 0)), null, BERLIN))
                .isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(Drafts.remindAt(new Reminder.AtDue(), null, BERLIN)).isNull();
        assertThat(Drafts.remindAt(new Reminder.Before(Duration.ofMinutes(5)), null, BERLIN))
                .isNull();
        assertThat(Drafts.remindAt(null, TIMED, BERLIN)).isNull();
    }
}
