package dev.taskchat.web.json;

import dev.taskchat.domain.error.Violations;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed access to the members of a JSON object. A member of the wrong JSON type becomes a violation
 * (and reads as absent), so a request with several wrong fields is answered with all of them.
 */
public final class JsonFields {
    private final JsonObject json;
    private final Violations violations;

    public JsonFields(JsonObject json, Violations violations) {
        this.json = json;
        this.violations = violations;
    }

    /** Rejects members that are read-only or unknown, so a typo never passes silently. */
    public void allowOnly(Set<String> writable, Set<String> readOnly) {
        for (String name : json.keySet()) {
            if (readOnly.contains(name)) {
                violations.add(name, "is read-only");
            } else if (!writable.contains(name)) {
                violations.add(name, "is not a known field (known: " + String.join(", ", sorted(writable)) + ")");
            }
        }
    }

    public boolean has(String name) {
        return json.containsKey(name);
    }

    /** The member as a string; null when it is JSON null, absent or not a string (then a violation). */
    public String string(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        violations.add(name, "must be a string");
        return null;
    }

    /** The member as a boolean; null when JSON null, absent or of another type (then a violation). */
    public Boolean bool(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        violations.add(name, "must be true or false");
        return null;
    }

    /** The member as a list of strings; null when JSON null or absent, or on a violation. */
    public List<String> strings(String name, int maxItems) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            violations.add(name, "must be an array of strings");
            return null;
        }
        if (array.size() > maxItems) {
            violations.add(name, "must have at most " + maxItems + " items");
            return null;
        }
        List<String> result = new ArrayList<>();
        array.getValuesAs(JsonString.class).forEach(text -> result.add(text.getString()));
        return result;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
