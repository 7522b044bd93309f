/**
 * The run command behind {@code ./mvnw -Prun}: one process that gives a developer a running Taskchat. It
 * takes the database from {@code DB_URL} or starts the private PostgreSQL, applies the migrations, starts
 * Payara Micro with the WAR at the root context, says where to point the browser, and on Ctrl-C stops
 * Payara and then the database, leaving nothing running. Deployment failures are loud and fatal rather
 * than a half-started server.
 */
package dev.taskchat.launcher;
