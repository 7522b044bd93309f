package dev.taskchat.web.account;

import dev.taskchat.domain.error.UnauthenticatedException;
import dev.taskchat.web.problem.UnauthenticatedExceptionMapper;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Every API call needs {@code Authorization: Bearer <token>} unless its method is {@link Public}. A
 * missing, unknown, expired or revoked token is answered with 401 before any resource code runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {
    private static final String SCHEME = "bearer ";

    @Context
    ResourceInfo resource;

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            request.abortWith(UnauthenticatedExceptionMapper.unauthenticated(
                    "sign in first: send Authorization: Bearer <token> (POST /api/auth/login gives you one)"));
            return;
        }
        try {
            currentCaller.set(
                    accounts.authenticate(header.substring(SCHEME.length()).strip()));
        } catch (UnauthenticatedException e) {
            request.abortWith(UnauthenticatedExceptionMapper.unauthenticated(e.getMessage()));
        }
    }

    private boolean isPublic() {
        return resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class);
    }
}
