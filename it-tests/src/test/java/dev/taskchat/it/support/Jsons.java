package dev.taskchat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Terse JSON-P: build request bodies as key/value pairs, read answers without casting at every step. */
public final class Jsons {

    private Jsons() {}

    /** {@code obj("title", "Pay rent", "tags", List.of("home"), "dueTime", null)}; null becomes JSON null. */
    public static JsonObject obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.add((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return builder.build();
    }

    /** A copy of {@code object} with {@code key} set (null: JSON null). */
    public static JsonObject with(JsonObject object, String key, Object value) {
        return Json.createObjectBuilder(object).add(key, value(value)).build();
    }

    public static JsonArray arr(Object... values) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (Object value : values) {
            builder.add(value(value));
        }
        return builder.build();
    }

    public static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String string) {
            return Json.createValue(string);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return Json.createValue(new BigDecimal(number.toString()));
        }
        if (value instanceof Collection<?> collection) {
            return arr(collection.toArray());
        }
        return Json.createValue(value.toString());
    }

    public static JsonStructure parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** The string at {@code key}; null when the value is JSON null; fails when absent or not a string. */
    public static String string(JsonObject object, String key) {
        JsonValue value = required(object, key);
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new AssertionError("\"" + key + "\" is not a string in " + object);
        }
        return string.getString();
    }

    public static long number(JsonObject object, String key) {
        JsonValue value = required(object, key);
        if (!(value instanceof JsonNumber number)) {
            throw new AssertionError("\"" + key + "\" is not a number in " + object);
        }
        return number.longValueExact();
    }

    public static boolean bool(JsonObject object, String key) {
        JsonValue value = required(object, key);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new AssertionError("\"" + key + "\" is not a boolean in " + object);
        }
        return value == JsonValue.TRUE;
    }

    public static boolean isNull(JsonObject object, String key) {
        return required(object, key) == JsonValue.NULL;
    }

    /** The strings of the array at {@code key}, in order. */
    public static List<String> strings(JsonObject object, String key) {
        JsonValue value = required(object, key);
        if (!(value instanceof JsonArray array)) {
            throw new AssertionError("\"" + key + "\" is not an array in " + object);
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue element : array) {
            if (!(element instanceof JsonString string)) {
                throw new AssertionError("\"" + key + "\" holds a non-string in " + object);
            }
            strings.add(string.getString());
        }
        return strings;
    }

    /** The objects of the array at {@code key}, in order. */
    public static List<JsonObject> objects(JsonObject object, String key) {
        JsonValue value = required(object, key);
        if (!(value instanceof JsonArray array)) {
            throw new AssertionError("\"" + key + "\" is not an array in " + object);
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue element : array) {
            if (!(element instanceof JsonObject item)) {
                throw new AssertionError("\"" + key + "\" holds a non-object in " + object);
            }
            objects.add(item);
        }
        return objects;
    }

    public static JsonObject object(JsonObject object, String key) {
        JsonValue value = required(object, key);
        if (!(value instanceof JsonObject child)) {
            throw new AssertionError("\"" + key + "\" is not an object in " + object);
        }
        return child;
    }

    private static JsonValue required(JsonObject object, String key) {
        if (!object.containsKey(key)) {
            throw new AssertionError("no \"" + key + "\" in " + object);
        }
        return object.get(key);
    }
}
