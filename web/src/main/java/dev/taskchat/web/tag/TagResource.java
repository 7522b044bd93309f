package dev.taskchat.web.tag;

import dev.taskchat.domain.error.InvalidValueException;
import dev.taskchat.domain.error.NotFoundException;
import dev.taskchat.domain.error.Violations;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.web.account.CurrentCaller;
import dev.taskchat.web.json.JsonBody;
import dev.taskchat.web.json.JsonFields;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags")
public class TagResource {
    @Inject
    TagService tags;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "All tags with the number of open and all tasks carrying them")
    public TagListView list() {
        return tags.list(currentCaller.get());
    }

    @PATCH
    @Path("{name}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Rename a tag on every task")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "rename", value = "{\"name\": \"household\"}")))
    @APIResponse(responseCode = "200", description = "The renamed tag")
    @APIResponse(responseCode = "409", description = "The new name is taken")
    public TagView rename(@PathParam("name") String name, InputStream body) {
        TagName from = existing(name);
        Violations violations = new Violations();
        JsonFields fields = new JsonFields(JsonBody.read(body).object(), violations);
        fields.allowOnly(Set.of("name"), Set.of("openTasks", "totalTasks"));
        String newName = fields.string("name");
        TagName to = violations.has("name") ? null : violations.read("name", () -> TagName.of(newName));
        violations.check(violations.has("name") || newName != null, "name", "is required");
        violations.throwIfAny();
        return tags.rename(currentCaller.get(), from, to);
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Delete a tag; the tasks stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("name") String name) {
        tags.delete(currentCaller.get(), existing(name));
        return Response.noContent().build();
    }

    /** A name in the URL that cannot be a tag names no tag: 404, like any tag that does not exist. */
    private static TagName existing(String name) {
        try {
            return TagName.of(name);
        } catch (InvalidValueException e) {
            throw new NotFoundException("tag", "#" + name);
        }
    }
}
