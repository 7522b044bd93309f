package dev.taskchat.web.account;

import dev.taskchat.domain.error.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;

/** Holds the {@link Caller} that {@link BearerTokenFilter} established for this request. */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new UnauthenticatedException("sign in first: send Authorization: Bearer <token>");
        }
        return caller;
    }
}
