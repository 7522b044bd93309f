package dev.taskchat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A registered, logged-in account, and the calls a test makes as that user. */
public final class TestUser {

    private final Api api;
    private final long id;
    private final String email;
    private final String timeZone;
    private final String token;

    TestUser(Api api, long id, String email, String timeZone, String token) {
        this.api = api;
        this.id = id;
        this.email = email;
        this.timeZone = timeZone;
        this.token = token;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String timeZone() {
        return timeZone;
    }

    public String token() {
        return token;
    }

    public Call get(String path) {
        return api.get(path).bearer(token);
    }

    public Call post(String path) {
        return api.post(path).bearer(token);
    }

    public Call patch(String path) {
        return api.patch(path).bearer(token);
    }

    public Call put(String path) {
        return api.put(path).bearer(token);
    }

    public Call delete(String path) {
        return api.delete(path).bearer(token);
    }

    /** Creates a task; fails unless the answer is 201. */
    public JsonObject createTask(JsonObject body) {
        return post("/api/tasks").json(body).send().expect(201).json();
    }

    public JsonObject createTask(String title) {
        return createTask(Jsons.obj("title", title));
    }

    /** The task as GET answers it; fails unless 200. */
    public JsonObject task(long taskId) {
        return get("/api/tasks/" + taskId).send().expect(200).json();
    }

    public Reply complete(long taskId) {
        return post("/api/tasks/" + taskId + "/complete").send();
    }

    /** One page of the task list with these query parameters; fails unless 200. */
    public JsonObject listPage(Map<String, ?> query) {
        Call call = get("/api/tasks");
        query.forEach(call::query);
        return call.send().expect(200).json();
    }

    /** Every task the list answers for {@code query}, following {@code nextCursor} to the end. */
    public List<JsonObject> listAll(Map<String, ?> query) {
        List<JsonObject> items = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        do {
            Call call = get("/api/tasks");
            query.forEach(call::query);
            if (cursor != null) {
                call.query("cursor", cursor);
            }
            JsonObject page = call.send().expect(200).json();
            items.addAll(Jsons.objects(page, "items"));
            cursor = Jsons.string(page, "nextCursor");
            assertThat(cursor == null || cursors.add(cursor))
                    .as("cursor %s repeats: the list would never end", cursor)
                    .isTrue();
            assertThat(cursors.size()).as("pages of the list").isLessThan(1000);
        } while (cursor != null);
        return items;
    }

    /** The ids of every task of this user, open or completed. */
    public List<Long> allTaskIds() {
        return listAll(Map.of("status", "all", "limit", 200)).stream()
                .map(task -> Jsons.number(task, "id"))
                .toList();
    }

    /** How many tasks this user has, open or completed. */
    public int taskCount() {
        return allTaskIds().size();
    }
}
