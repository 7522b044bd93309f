package dev.taskchat.migrations.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PostgreSQL's table lock modes, weakest first. What each one blocks is what matters to a running
 * application: from SHARE on, writes wait; ACCESS EXCLUSIVE makes reads wait too.
 */
public enum LockMode {
    ACCESS_SHARE("ACCESS SHARE", "blocks only ACCESS EXCLUSIVE"),
    ROW_SHARE("ROW SHARE", "blocks EXCLUSIVE and ACCESS EXCLUSIVE"),
    ROW_EXCLUSIVE("ROW EXCLUSIVE", "reads and writes go on; blocks SHARE and stronger"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", "reads and writes go on"),
    SHARE("SHARE", "writes wait, reads go on"),
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", "writes wait, reads go on"),
    EXCLUSIVE("EXCLUSIVE", "writes wait, plain reads go on"),
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", "reads and writes wait");

    private final String sql;
    private final String effect;
    private final String pgLocks;

    LockMode(String sql, String effect) {
        this.sql = sql;
        this.effect = effect;
        this.pgLocks = Arrays.stream(sql.split(" "))
                        .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining())
                + "Lock";
    }

    /** The name PostgreSQL's documentation uses (pg_locks says {@code AccessShareLock}: see {@link #fromPgLocks}). */
    public String sql() {
        return sql;
    }

    /** What the application notices while the lock is held. */
    public String effect() {
        return effect;
    }

    /**
     * True when a request for this mode has to wait for a session holding {@code held} (and, once queued, makes
     * every later request that conflicts with it wait too): the conflict table of "Explicit Locking".
     */
    public boolean conflictsWith(LockMode held) {
        return switch (this) {
            case ACCESS_SHARE -> held == ACCESS_EXCLUSIVE;
            case ROW_SHARE -> held.compareTo(EXCLUSIVE) >= 0;
            case ROW_EXCLUSIVE -> held.compareTo(SHARE) >= 0;
            case SHARE_UPDATE_EXCLUSIVE -> held.compareTo(SHARE_UPDATE_EXCLUSIVE) >= 0;
            case SHARE -> held == ROW_EXCLUSIVE || (held != SHARE && held.compareTo(SHARE_UPDATE_EXCLUSIVE) >= 0);
            case SHARE_ROW_EXCLUSIVE -> held.compareTo(ROW_EXCLUSIVE) >= 0;
            case EXCLUSIVE -> held.compareTo(ROW_SHARE) >= 0;
            case ACCESS_EXCLUSIVE -> true;
        };
    }

    /** True for the modes that make the application's writes (ROW EXCLUSIVE) wait: SHARE and stronger. */
    public boolean blocksWrites() {
        return conflictsWith(ROW_EXCLUSIVE);
    }

    /** The mode of a pg_locks row ({@code AccessShareLock}, {@code RowExclusiveLock}...), if it is a table mode. */
    public static Optional<LockMode> fromPgLocks(String mode) {
        for (LockMode candidate : values()) {
            if (candidate.pgLocks.equals(mode)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
