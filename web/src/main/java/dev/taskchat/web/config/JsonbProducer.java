package dev.taskchat.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The JSON-B settings of every response: {@code null} fields are written (the contract shows {@code
 * "description": null}), so clients see every field of a projection every time.
 */
@ApplicationScoped
public class JsonbProducer {
    @Produces
    @ApplicationScoped
    Jsonb jsonb() {
        return JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    }

    void close(@Disposes Jsonb jsonb) throws Exception {
        jsonb.close();
    }
}
