package dev.taskchat.migrations;

import java.time.Duration;

/** A script that {@link Migrations#migrate()} has just applied, and how long it took. */
public record AppliedMigration(String version, String description, Duration executionTime) {}
