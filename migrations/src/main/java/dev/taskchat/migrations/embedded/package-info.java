/**
 * A private PostgreSQL server started from Java, for the run command and for the tests of every module:
 * {@link dev.taskchat.migrations.embedded.EmbeddedDatabase} starts a real PostgreSQL (zonky's packaged
 * binaries) in a data directory the caller chooses, either kept between runs or thrown away, on a free
 * port, and works the same as root (CI) and as an ordinary user. Tests never mock the database; they start
 * one of these instead.
 */
package dev.taskchat.migrations.embedded;
