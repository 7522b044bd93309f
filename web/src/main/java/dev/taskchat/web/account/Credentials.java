package dev.taskchat.web.account;

import dev.taskchat.domain.error.Violations;
import dev.taskchat.web.json.JsonFields;
import jakarta.json.JsonObject;
import java.util.Set;

/** A login request. */
record Credentials(String email, String password) {
    static Credentials read(JsonObject json) {
        Violations violations = new Violations();
        JsonFields fields = new JsonFields(json, violations);
        fields.allowOnly(Set.of("email", "password"), Set.of());
        String email = fields.string("email");
        String password = fields.string("password");
        violations.check(violations.has("email") || email != null, "email", "is required");
        violations.check(violations.has("password") || password != null, "password", "is required");
        violations.throwIfAny();
        return new Credentials(email, password);
    }
}
