package dev.taskchat.web.config;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Makes Jakarta REST serialize with the application's {@link Jsonb}. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {
    @Inject
    Jsonb jsonb;

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
