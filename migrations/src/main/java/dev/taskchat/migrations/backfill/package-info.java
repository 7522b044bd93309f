/**
 * Data migrations done the zero-downtime way: never one giant {@code UPDATE} holding row locks on the whole
 * table for its whole run, but keyed batches of a few thousand rows, each committed on its own, with a pause
 * between them. Where a backfill has got to is stored in {@code backfill_progress}, so an interrupted one
 * resumes after its last committed batch and a finished one does nothing when run again.
 */
package dev.taskchat.migrations.backfill;
