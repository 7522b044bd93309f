package dev.taskchat.migrations.guard;

import java.time.Instant;

/**
 * One running WAR instance as it recorded itself in {@code app_instances}.
 *
 * @param schemaNeeds the schema version the instance's build needs (its {@code SchemaCheck.REQUIRED_VERSION})
 * @param host the host name it runs on, or null when it could not tell
 * @param heartbeatAt when it last said it is alive (the database's clock)
 */
public record AppInstance(
        String id, String appVersion, int schemaNeeds, String host, Instant startedAt, Instant heartbeatAt) {

    /** {@code <id> (app 0.1.0, needs schema 6, host web-1, last heartbeat 2026-11-22T03:55:01Z)}, for operators. */
    public String describe() {
        return id + " (app " + appVersion + ", needs schema " + schemaNeeds + ", host "
                + (host == null ? "unknown" : host) + ", last heartbeat " + heartbeatAt + ")";
    }
}
