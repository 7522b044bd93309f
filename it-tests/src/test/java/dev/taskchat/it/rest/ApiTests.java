package dev.taskchat.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/** What every feature's tests share: the deployed API and a few readings of task JSON. */
abstract class ApiTests {

    final Api api = Api.deployed();

    static final ZoneId BERLIN = ZoneId.of(Api.DEFAULT_TIME_ZONE);

    static LocalDate today(ZoneId zone) {
        return LocalDate.now(zone);
    }

    static long id(JsonObject task) {
        return Jsons.number(task, "id");
    }

    static List<Long> ids(Collection<JsonObject> tasks) {
        return tasks.stream().map(ApiTests::id).toList();
    }

    /** The instant a date-time string with offset stands for. */
    static Instant instant(JsonObject object, String key) {
        String text = Jsons.string(object, key);
        assertThat(text).as("%s of %s", key, object).isNotNull();
        return OffsetDateTime.parse(text).toInstant();
    }

    static Instant at(LocalDate date, String time, ZoneId zone) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(zone).toInstant();
    }

    /** The names GET /api/tags answers for {@code user}, in the order answered. */
    static List<String> tagNames(TestUser user) {
        JsonObject tags = user.get("/api/tags").send().expect(200).json();
        return Jsons.objects(tags, "items").stream()
                .map(tag -> Jsons.string(tag, "name"))
                .toList();
    }
}
