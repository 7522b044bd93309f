package dev.taskchat.migrations.backfill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backfills this release knows, by name. A backfill belongs to the expand that needs it: add it here in
 * the same change as its migration, and remove it in the contract that ends its story.
 */
public final class Backfills {

    private final Map<String, Backfill> byName = new LinkedHashMap<>();

    public Backfills(List<Backfill> backfills) {
        for (Backfill backfill : backfills) {
            if (byName.putIfAbsent(backfill.name(), backfill) != null) {
                throw new IllegalArgumentException("two backfills are named " + backfill.name());
            }
        }
    }

    /** The backfills shipped with this release: none yet (no expand so far has data to move). */
    public static Backfills shipped() {
        return new Backfills(List.of());
    }

    public Optional<Backfill> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Backfill> all() {
        return List.copyOf(byName.values());
    }
}
