/**
 * The WAR deployed on a database whose migrations have not all run (schema at version 3 of 4), as happens when
 * an operator skips the migrations step: not ready, alive, and a clear 503 for every API call.
 */
package dev.taskchat.it.schemabehind;
