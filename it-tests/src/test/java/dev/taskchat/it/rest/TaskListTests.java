package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static dev.taskchat.it.support.Problems.assertClientProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/tasks: filters, sort orders and cursor paging. */
abstract class TaskListTests extends ApiTests {

    private static final List<String> MOST_IMPORTANT_FIRST = List.of("urgent", "high", "medium", "low", "none");

    @Test
    void statusSelectsOpenByDefaultCompletedOrAll() {
        TestUser user = api.newUser();
        long open = id(user.createTask("Open one"));
        long done = id(user.createTask("Done one"));
        user.complete(done).expect(200);

        assertThat(ids(user.listAll(Map.of()))).containsExactly(open);
        assertThat(ids(user.listAll(Map.of("status", "open")))).containsExactly(open);
        assertThat(ids(user.listAll(Map.of("status", "completed")))).containsExactly(done);
        assertThat(ids(user.listAll(Map.of("status", "all")))).containsExactlyInAnyOrder(open, done);
    }

    @Test
    void aListAnswersItemsAndANullCursorAtTheEnd() {
        TestUser user = api.newUser();
        JsonObject task = user.createTask("Only task");

        JsonObject page = user.listPage(Map.of());

        assertThat(Jsons.objects(page, "items")).containsExactly(task);
        assertThat(Jsons.isNull(page, "nextCursor")).isTrue();
    }

    @Test
    void priorityAndTagFilterAndCombine() {
        TestUser user = api.newUser();
        long highHome = id(user.createTask(obj("title", "a", "priority", "high", "tags", List.of("home"))));
        long highWork = id(user.createTask(obj("title", "b", "priority", "high", "tags", List.of("work"))));
        long lowHomeWork = id(user.createTask(obj("title", "c", "priority", "low", "tags", List.of("home", "work"))));
        long plain = id(user.createTask("d"));

        assertThat(ids(user.listAll(Map.of("priority", "high")))).containsExactlyInAnyOrder(highHome, highWork);
        assertThat(ids(user.listAll(Map.of("priority", "none")))).containsExactly(plain);
        assertThat(ids(user.listAll(Map.of("tag", "home")))).containsExactlyInAnyOrder(highHome, lowHomeWork);
        assertThat(ids(user.listAll(Map.of("tag", "work", "priority", "high")))).containsExactly(highWork);
        assertThat(ids(user.listAll(Map.of("tag", "nowhere")))).isEmpty();
    }

    @Test
    void dueFromAndDueToAreInclusiveDates() {
        TestUser user = api.newUser();
        LocalDate day = today(BERLIN).plusDays(7);
        long first = id(user.createTask(obj("title", "d0", "dueDate", day.toString(), "dueTime", "00:00")));
        long second =
                id(user.createTask(obj("title", "d1", "dueDate", day.plusDays(1).toString())));
        long third =
                id(user.createTask(obj("title", "d2", "dueDate", day.plusDays(2).toString(), "dueTime", "23:59")));
        long later =
                id(user.createTask(obj("title", "d5", "dueDate", day.plusDays(5).toString())));
        user.createTask("undated");

        assertThat(ids(user.listAll(Map.of("dueFrom", day.plusDays(1), "dueTo", day.plusDays(2)))))
                .containsExactlyInAnyOrder(second, third);
        assertThat(ids(user.listAll(Map.of("dueFrom", day)))).containsExactlyInAnyOrder(first, second, third, later);
        assertThat(ids(user.listAll(Map.of("dueTo", day)))).containsExactly(first);
        assertThat(ids(user.listAll(Map.of("dueFrom", day.plusDays(3), "dueTo", day.plusDays(4)))))
                .isEmpty();
    }

    @Test
    void qFindsTasksContainingAllItsWordsInTitleOrDescription() {
        TestUser user = api.newUser();
        long oatMilk = id(user.createTask("Buy oat milk"));
        long bread = id(user.createTask("Buy bread"));
        long groceries = id(user.createTask(obj("title", "Groceries", "description", "remember the oat milk")));

        assertThat(ids(user.listAll(Map.of("q", "milk")))).containsExactlyInAnyOrder(oatMilk, groceries);
        assertThat(ids(user.listAll(Map.of("q", "buy milk")))).containsExactly(oatMilk);
        assertThat(ids(user.listAll(Map.of("q", "Oat MILK")))).containsExactlyInAnyOrder(oatMilk, groceries);
        assertThat(ids(user.listAll(Map.of("q", "bread")))).containsExactly(bread);
        assertThat(ids(user.listAll(Map.of("q", "caviar")))).isEmpty();
        assertThat(ids(user.listAll(Map.of("q", "it's & | ! (milk")))).doesNotContain(bread);
    }

    @Test
    void byDueIsTheDefaultAndPutsUndatedTasksLast() {
        TestUser user = api.newUser();
        LocalDate day = today(BERLIN).plusDays(3);
        long third = id(
                user.createTask(obj("title", "day 3", "dueDate", day.plusDays(2).toString())));
        long undated = id(user.createTask("no date"));
        long first = id(user.createTask(obj("title", "day 1", "dueDate", day.toString())));
        long allDay = id(user.createTask(
                obj("title", "day 2 all day", "dueDate", day.plusDays(1).toString())));
        long morning = id(user.createTask(
                obj("title", "day 2 at 9", "dueDate", day.plusDays(1).toString(), "dueTime", "09:00")));

        List<Long> expected = List.of(first, morning, allDay, third, undated);
        assertThat(ids(user.listAll(Map.of()))).containsExactlyElementsOf(expected);
        assertThat(ids(user.listAll(Map.of("sort", "due")))).containsExactlyElementsOf(expected);
    }

    @Test
    void byPriorityPutsTheMostImportantFirst() {
        TestUser user = api.newUser();
        long none = id(user.createTask(obj("title", "none", "priority", "none")));
        long urgent = id(user.createTask(obj("title", "urgent", "priority", "urgent")));
        long low = id(user.createTask(obj("title", "low", "priority", "low")));
        long high = id(user.createTask(obj("title", "high", "priority", "high")));
        long medium = id(user.createTask(obj("title", "medium", "priority", "medium")));

        assertThat(ids(user.listAll(Map.of("sort", "priority")))).containsExactly(urgent, high, medium, low, none);
    }

    @Test
    void byCreatedOldestFirstOrNewestFirst() {
        TestUser user = api.newUser();
        long first = id(user.createTask("first"));
        long second = id(user.createTask("second"));
        long third = id(user.createTask("third"));

        assertThat(ids(user.listAll(Map.of("sort", "created")))).containsExactly(first, second, third);
        assertThat(ids(user.listAll(Map.of("sort", "-created")))).containsExactly(third, second, first);
    }

    @Test
    void cursorPagingVisitsEveryTaskOnceInOrder() {
        TestUser user = api.newUser();
        LocalDate day = today(BERLIN).plusDays(1);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // many ties on purpose: 4 due dates plus undated ones, 5 priorities
            JsonObject body = i % 5 == 4
                    ? obj("title", "task " + i, "priority", MOST_IMPORTANT_FIRST.get(i % 5))
                    : obj(
                            "title", "task " + i,
                            "priority", MOST_IMPORTANT_FIRST.get(i % 5),
                            "dueDate", day.plusDays(i % 4).toString());
            created.add(id(user.createTask(body)));
        }

        JsonObject firstPage = user.listPage(Map.of("sort", "created", "limit", 10));
        assertThat(Jsons.objects(firstPage, "items")).hasSize(10);
        assertThat(Jsons.string(firstPage, "nextCursor")).isNotBlank();

        assertThat(ids(user.listAll(Map.of("sort", "created", "limit", 10)))).containsExactlyElementsOf(created);
        List<Long> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(ids(user.listAll(Map.of("sort", "-created", "limit", 10)))).containsExactlyElementsOf(newestFirst);

        List<JsonObject> byDue = user.listAll(Map.of("sort", "due", "limit", 10));
        assertThat(ids(byDue)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(byDue.stream().map(task -> Jsons.isNull(task, "dueAt") ? Instant.MAX : instant(task, "dueAt")))
                .isSortedAccordingTo(Comparator.naturalOrder());

        List<JsonObject> byPriority = user.listAll(Map.of("sort", "priority", "limit", 7));
        assertThat(ids(byPriority)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(byPriority.stream().map(task -> MOST_IMPORTANT_FIRST.indexOf(Jsons.string(task, "priority"))))
                .isSorted();
    }

    @Test
    void limitIsHonouredFrom1To200() {
        TestUser user = api.newUser();
        user.createTask("one");
        user.createTask("two");

        JsonObject single = user.listPage(Map.of("limit", 1));
        JsonObject most = user.listPage(Map.of("limit", 200));

        assertThat(Jsons.objects(single, "items")).hasSize(1);
        assertThat(Jsons.string(single, "nextCursor")).isNotBlank();
        assertThat(Jsons.objects(most, "items")).hasSize(2);
        assertThat(Jsons.isNull(most, "nextCursor")).isTrue();
    }

    @Test
    void aBadCursorIsAProblemNotAnError() {
        TestUser user = api.newUser();
        user.createTask("one");

        for (String cursor : List.of("not-a-cursor", "%%%", "eyJmb28iOiJiYXIifQ", "0")) {
            assertClientProblem(user.get("/api/tasks").query("cursor", cursor).send());
        }
    }

    @Test
    void badQueryParametersAreProblemsNotErrors() {
        TestUser user = api.newUser();

        List<Map<String, String>> badQueries = List.of(
                Map.of("sort", "bogus"),
                Map.of("sort", "-due-"),
                Map.of("limit", "0"),
                Map.of("limit", "201"),
                Map.of("limit", "ten"),
                Map.of("status", "finished"),
                Map.of("priority", "critical"),
                Map.of("dueFrom", "2026-13-45"),
                Map.of("dueTo", "tomorrow"));
        for (Map<String, String> query : badQueries) {
            var call = user.get("/api/tasks");
            query.forEach(call::query);
            assertClientProblem(call.send());
        }
    }
}
