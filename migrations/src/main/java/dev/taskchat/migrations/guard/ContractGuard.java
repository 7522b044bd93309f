package dev.taskchat.migrations.guard;

import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.script.Phases;
import java.util.List;
import java.util.Optional;

/**
 * Decides which pending scripts may run now. Expands always may: they only add, and every release keeps
 * working. A contract may not while a live instance needs a schema below the contract's
 * {@code breaks-schema-needs-below}: that instance still reads or writes what the contract removes.
 *
 * <p>A contract without that header (lint rejects it) is treated as breaking every instance, so a missing
 * header can only hold a contract back, never let one through.
 */
public final class ContractGuard {

    private final Phases phases;

    public ContractGuard(Phases phases) {
        this.phases = phases;
    }

    /**
     * @param pending the scripts {@code migrate} would apply, oldest first
     * @param live the instances alive now
     */
    public GuardVerdict judge(List<MigrationScript> pending, List<AppInstance> live) {
        String lastSafe = null;
        for (MigrationScript script : pending) {
            if (phases.of(script).equals(Optional.of(Phase.CONTRACT))) {
                int breaksBelow = script.header().breaksSchemaNeedsBelow().orElse(Integer.MAX_VALUE);
                List<AppInstance> blocking = live.stream()
                        .filter(instance -> instance.schemaNeeds() < breaksBelow)
                        .toList();
                if (!blocking.isEmpty()) {
                    return new GuardVerdict(script, breaksBelow, blocking, lastSafe, live);
                }
            }
            lastSafe = script.version();
        }
        return GuardVerdict.clear(live);
    }
}
