package dev.taskchat.web.task;

import dev.taskchat.domain.idempotency.StoredResponse;
import dev.taskchat.web.account.Caller;
import dev.taskchat.web.account.CurrentCaller;
import dev.taskchat.web.idempotency.IdempotencyService;
import dev.taskchat.web.json.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String TASK_EXAMPLE = """
            {"title": "Pay rent", "priority": "urgent", "tags": ["home"], "dueDate": "2026-12-01",
             "dueTime": "09:00", "recurrence": "FREQ=MONTHLY;BYMONTHDAY=1"}""";

    private static final String TASK_VIEW_EXAMPLE = """
            {"id": 42, "title": "Pay rent", "description": null, "priority": "urgent", "tags": ["home"],
             "dueDate": "2026-12-01", "dueTime": "09:00", "dueAt": "2026-12-01T09:00:00+01:00",
             "remindAt": null, "recurrence": "FREQ=MONTHLY;BYMONTHDAY=1", "repeatFromCompletion": false,
             "completed": false, "completedAt": null, "createdAt": "2026-11-22T10:00:00+01:00",
             "updatedAt": "2026-11-22T10:00:00+01:00", "version": 1}""";

    @Inject
    TaskService tasks;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Jsonb jsonb;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a task")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "monthly rent", value = TASK_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "The task, with Location and ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TaskView.class),
                            examples = @ExampleObject(name = "created", value = TASK_VIEW_EXAMPLE)))
    @APIResponse(
            responseCode = "422",
            description = "Invalid fields (all listed), or an Idempotency-Key reused for another request")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body answer the first result")
                    @HeaderParam(IdempotencyService.HEADER)
                    String idempotencyKey,
            InputStream body) {
        Caller caller = currentCaller.get();
        JsonBody json = JsonBody.read(body);
        if (idempotencyKey == null) {
            TaskView task = tasks.create(caller, TaskInput.forCreate(json.object(), caller.zone()));
            return Response.created(location(task)).tag(etag(task)).entity(task).build();
        }
        return idempotency.once(caller, idempotencyKey, json.fingerprint("POST", "/api/tasks"), () -> {
            TaskView task = tasks.create(caller, TaskInput.forCreate(json.object(), caller.zone()));
            return new StoredResponse(201, jsonb.toJson(task), location(task).toString());
        });
    }

    @GET
    @Operation(summary = "List tasks", description = "Open tasks, soonest due first, unless asked otherwise.")
    public TaskPageView list(
            @Parameter(description = "open (default), completed or all") @QueryParam("status") String status,
            @Parameter(description = "none, low, medium, high or urgent") @QueryParam("priority") String priority,
            @Parameter(description = "a tag name") @QueryParam("tag") String tag,
            @Parameter(description = "first due date, inclusive (YYYY-MM-DD)") @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "last due date, inclusive (YYYY-MM-DD)") @QueryParam("dueTo") String dueTo,
            @Parameter(description = "words in the title or description") @QueryParam("q") String q,
            @Parameter(description = "due (default), priority, created or -created") @QueryParam("sort") String sort,
            @Parameter(description = "page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        TaskListParams params = TaskListParams.read(status, priority, tag, dueFrom, dueTo, q, sort, limit, cursor);
        return tasks.list(currentCaller.get(), params.filter(), params.sort(), params.cursor(), params.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a task", description = "With an ETag; If-None-Match answers 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = "No such task for this user")
    public Response get(@PathParam("id") long id, @Context Request request) {
        TaskView task = tasks.get(currentCaller.get(), id);
        EntityTag etag = etag(task);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        return Response.ok(task).tag(etag).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a task (JSON merge patch)", description = "Members present set, null clears.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "reschedule", value = """
            {"dueDate": "2026-12-05", "dueTime": null, "priority": "high"}""")))
    @APIResponse(responseCode = "200", description = "The changed task")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, description = "the ETag you read, e.g. \"3\"")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            InputStream body) {
        Caller caller = currentCaller.get();
        JsonBody json = JsonBody.read(body);
        TaskView task = tasks.update(
                caller,
                id,
                Preconditions.expectedVersion(ifMatch),
                current -> TaskInput.forUpdate(json.object(), current, caller.zone()));
        return Response.ok(task).tag(etag(task)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a task")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        tasks.delete(currentCaller.get(), id, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete a task", description = "A repeating task answers its next occurrence too.")
    @APIResponse(responseCode = "200", description = "{\"task\": {…}, \"next\": {…} or null}")
    public CompletionView complete(@PathParam("id") long id) {
        return tasks.complete(currentCaller.get(), id);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a completed task")
    public TaskView reopen(@PathParam("id") long id) {
        return tasks.reopen(currentCaller.get(), id);
    }

    /** The strong entity tag of a task's version ("3"), for ETag and If-Match. */
    private static EntityTag etag(TaskView task) {
        return new EntityTag(String.valueOf(task.version()));
    }

    private static URI location(TaskView task) {
        return URI.create("/api/tasks/" + task.id());
    }
}
