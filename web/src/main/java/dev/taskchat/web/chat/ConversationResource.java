package dev.taskchat.web.chat;

import dev.taskchat.domain.conversation.ConversationRepository;
import dev.taskchat.domain.error.Violations;
import dev.taskchat.web.account.Caller;
import dev.taskchat.web.account.CurrentCaller;
import dev.taskchat.web.json.JsonBody;
import dev.taskchat.web.json.JsonFields;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The chat's REST door, for clients without WebSocket (see docs/CHAT.md). */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat")
public class ConversationResource {
    static final int DEFAULT_LIMIT = 100;

    @Inject
    ChatService chat;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "The user's conversations, most recently active first")
    public ConversationListView list() {
        return chat.list(currentCaller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a conversation")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "start", value = "{\"title\": \"Errands\"}")))
    public Response start(InputStream body) {
        Violations violations = new Violations();
        JsonFields fields = new JsonFields(JsonBody.read(body).object(), violations);
        fields.allowOnly(Set.of("title"), Set.of("id", "createdAt", "lastSeq"));
        String title = fields.string("title");
        violations.throwIfAny();
        ConversationView conversation = chat.start(currentCaller.get(), title);
        return Response.created(URI.create("/api/conversations/" + conversation.id()))
                .entity(conversation)
                .build();
    }

    @GET
    @Path("{id}/messages")
    @Operation(summary = "Messages after a sequence number, oldest first")
    public MessageListView history(
            @PathParam("id") long id, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Violations violations = new Violations();
        long afterSeq = number(after, 0, "after", 0, Long.MAX_VALUE, violations);
        long size = number(limit, DEFAULT_LIMIT, "limit", 1, ConversationRepository.MAX_PAGE, violations);
        violations.throwIfAny();
        return new MessageListView(chat.history(currentCaller.get(), id, afterSeq, (int) size));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message to the assistant and get its reply")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "say", value = """
            {"text": "pay rent every month on the 1st at 9am #home p1", "clientMessageId": "c-1"}""")))
    public ExchangeView say(@PathParam("id") long id, InputStream body) {
        Violations violations = new Violations();
        JsonFields fields = new JsonFields(JsonBody.read(body).object(), violations);
        fields.allowOnly(Set.of("text", "clientMessageId"), Set.of());
        String text = fields.string("text");
        String clientMessageId = fields.string("clientMessageId");
        violations.throwIfAny();
        Caller caller = currentCaller.get();
        return chat.say(caller, id, text, clientMessageId, null);
    }

    private static long number(String text, long fallback, String field, long min, long max, Violations violations) {
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(field, "must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
