/**
 * The WAR never migrates; it checks. At start-up and until the database is ready it compares the
 * migrations applied with the schema version this build needs, reports readiness through MicroProfile
 * Health, and answers API calls with 503 problem+json while the schema is behind.
 */
package dev.taskchat.web.schema;
