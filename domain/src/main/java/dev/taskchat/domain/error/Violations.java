package dev.taskchat.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects violations while several fields are read, so that one failure reports all of them.
 *
 * <pre>{@code
 * Violations violations = new Violations();
 * Title title = violations.read("title", () -> Title.of(rawTitle));
 * violations.throwIfAny();
 * }</pre>
 */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    /** Runs a conversion; an {@link InvalidValueException} becomes a violation of {@code field} and null is returned. */
    public <T> T read(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidValueException e) {
            add(field, e.getMessage());
            return null;
        } catch (ValidationException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    public void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    public void check(boolean rule, String field, String message) {
        if (!rule) {
            add(field, message);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
