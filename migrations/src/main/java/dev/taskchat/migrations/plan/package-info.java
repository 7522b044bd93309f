/**
 * {@code plan}: a dry run of {@code migrate}. For each pending migration it lists the statements that would
 * run, the phase, whether it runs in a transaction, the PostgreSQL lock each statement takes, and lint's risk
 * notes — and applies nothing.
 */
package dev.taskchat.migrations.plan;
