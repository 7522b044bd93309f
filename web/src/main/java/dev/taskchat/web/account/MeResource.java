package dev.taskchat.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {
    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The signed-in user")
    public UserView me() {
        return accounts.me(caller.get());
    }
}
