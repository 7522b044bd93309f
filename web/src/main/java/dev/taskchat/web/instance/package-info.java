/**
 * Each running instance of the WAR records itself in {@code app_instances} (id, app version, the schema version
 * it needs, host, heartbeat) so that the migrations' contract guard can see which releases are still running
 * before it drops what an older one reads. Recording is optional: the table exists from migration 8 on, and an
 * instance on an older schema simply does not register — it serves requests all the same, since nothing it
 * serves needs the table.
 */
package dev.taskchat.web.instance;
