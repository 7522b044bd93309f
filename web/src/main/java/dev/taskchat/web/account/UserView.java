package dev.taskchat.web.account;

import dev.taskchat.domain.account.User;

/** A user as the API shows them (never the password hash). */
public record UserView(long id, String email, String name, String timeZone) {
    static UserView of(User user) {
        return new UserView(user.id(), user.email(), user.name(), user.zone().getId());
    }
}
