package dev.taskchat.migrations.guard;

import dev.taskchat.migrations.script.MigrationScript;
import java.util.List;
import java.util.Optional;

/**
 * What the contract guard decided about the pending scripts.
 *
 * @param refused the first pending contract that a live instance still relies on, or null when every pending
 *     script may run; the scripts after it wait too, because Flyway applies in order
 * @param breaksBelow the refused contract's {@code breaks-schema-needs-below} (0 when none is refused)
 * @param blocking the live instances that need a schema below {@code breaksBelow}; empty when none is refused
 * @param lastSafeVersion the last pending version before the refused contract, which {@code migrate} may still
 *     apply; null when none is refused or when the refused contract is the first pending script
 * @param liveInstances every live instance, for {@code info} and {@code plan}
 */
public record GuardVerdict(
        MigrationScript refused,
        int breaksBelow,
        List<AppInstance> blocking,
        String lastSafeVersion,
        List<AppInstance> liveInstances) {

    public GuardVerdict {
        blocking = List.copyOf(blocking);
        liveInstances = List.copyOf(liveInstances);
    }

    public static GuardVerdict clear(List<AppInstance> liveInstances) {
        return new GuardVerdict(null, 0, List.of(), null, liveInstances);
    }

    public boolean refuses() {
        return refused != null;
    }

    public Optional<String> lastSafe() {
        return Optional.ofNullable(lastSafeVersion);
    }

    /** One line for {@code info} and {@code plan}. */
    public String summary() {
        if (!refuses()) {
            return "Contract guard: no contract is held back (" + liveInstances.size() + " live app instance"
                    + (liveInstances.size() == 1 ? "" : "s") + ").";
        }
        return "Contract guard: migrate would stop before V" + refused.version() + " (" + refused.name()
                + "): " + blocking.size() + " live app instance" + (blocking.size() == 1 ? "" : "s")
                + " still need" + (blocking.size() == 1 ? "s" : "") + " a schema below " + breaksBelow + ".";
    }
}
