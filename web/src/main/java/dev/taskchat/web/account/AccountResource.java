package dev.taskchat.web.account;

import dev.taskchat.web.json.JsonBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {
    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("register")
    @Public
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "register", value = """
            {"email": "ada@example.com", "password": "correct horse battery", "name": "Ada",
             "timeZone": "Europe/Berlin"}""")))
    @APIResponse(responseCode = "201", description = "The new account")
    @APIResponse(responseCode = "409", description = "The e-mail address is taken")
    @APIResponse(responseCode = "422", description = "A field is invalid; every bad field is listed")
    public Response register(InputStream body) {
        UserView user = accounts.register(Registration.read(JsonBody.read(body).object()));
        return Response.created(URI.create("/api/me")).entity(user).build();
    }

    @POST
    @Path("login")
    @Public
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a bearer token")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "login", value = """
            {"email": "ada@example.com", "password": "correct horse battery"}""")))
    @APIResponse(responseCode = "200", description = "{\"token\": \"…\", \"expiresAt\": \"…\"}")
    @APIResponse(responseCode = "401", description = "Wrong e-mail address or password")
    public TokenView login(InputStream body) {
        return accounts.login(Credentials.read(JsonBody.read(body).object()));
    }

    @POST
    @Path("logout")
    @Operation(summary = "Revoke the token this request carries")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() {
        accounts.logout(caller.get());
        return Response.noContent().build();
    }
}
