package dev.taskchat.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input broke one or more rules; every broken rule is listed so a client can fix them all at once. */
public class ValidationException extends DomainException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
    }
}
