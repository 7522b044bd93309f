package dev.taskchat.migrations.plan;

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

    LockMode(String sql, String effect) {
        this.sql = sql;
        this.effect = effect;
    }

    /** The name PostgreSQL's documentation and pg_locks use. */
    public String sql() {
        return sql;
    }

    /** What the application notices while the lock is held. */
    public String effect() {
        return effect;
    }
}
