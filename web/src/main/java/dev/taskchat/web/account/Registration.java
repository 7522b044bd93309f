package dev.taskchat.web.account;

import dev.taskchat.domain.account.DisplayName;
import dev.taskchat.domain.account.EmailAddress;
import dev.taskchat.domain.account.Password;
import dev.taskchat.domain.account.TimeZones;
import dev.taskchat.domain.error.Violations;
import dev.taskchat.web.json.JsonFields;
import jakarta.json.JsonObject;
import java.time.ZoneId;
import java.util.Set;

/** A registration request, read and checked field by field. */
record Registration(EmailAddress email, String password, DisplayName name, ZoneId timeZone) {
    private static final Set<String> FIELDS = Set.of("email", "password", "name", "timeZone");

    static Registration read(JsonObject json) {
        Violations violations = new Violations();
        JsonFields fields = new JsonFields(json, violations);
        fields.allowOnly(FIELDS, Set.of());
        String email = fields.string("email");
        String password = fields.string("password");
        String name = fields.string("name");
        String zone = fields.string("timeZone");
        Registration registration = new Registration(
                violations.has("email") ? null : violations.read("email", () -> EmailAddress.of(email)),
                violations.has("password")
                        ? null
                        : violations.read("password", () -> Password.requireAcceptable(password)),
                violations.has("name") ? null : violations.read("name", () -> new DisplayName(name)),
                violations.has("timeZone") ? null : violations.read("timeZone", () -> TimeZones.parse(zone)));
        violations.throwIfAny();
        return registration;
    }
}
