package dev.taskchat.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TagTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void keepsOwnerNormalizedNameAndCreation() {
        Tag tag = new Tag(7, TagName.of("#Home"), CLOCK);

        assertThat(tag.ownerId()).isEqualTo(7);
        assertThat(tag.name()).isEqualTo("home");
        assertThat(tag.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(tag.id()).isNull();
        assertThat(tag).hasToString("#home");
    }

    @Test
    void renames() {
        Tag tag = new Tag(7, TagName.of("home"), CLOCK);

        tag.rename(TagName.of("#House"));

        assertThat(tag.name()).isEqualTo("house");
    }
}
