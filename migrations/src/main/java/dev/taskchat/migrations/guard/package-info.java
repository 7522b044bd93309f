/**
 * The contract guard. Every running WAR instance keeps a row in {@code app_instances} (its id, app version, the
 * schema version it needs and a heartbeat); a contract script names, in its header, the schema versions whose
 * apps rely on what it removes ({@code -- breaks-schema-needs-below: N}). Before {@code migrate} applies a
 * contract, {@link dev.taskchat.migrations.guard.ContractGuard} compares the two and holds the contract back
 * while such an instance is alive, because dropping what a running instance still reads turns every one of its
 * requests into an error — exactly what expand/contract exists to prevent.
 */
package dev.taskchat.migrations.guard;
