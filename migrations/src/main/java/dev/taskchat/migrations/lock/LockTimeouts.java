package dev.taskchat.migrations.lock;

import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/** Reads a failed {@code migrate} for what a retry needs: was it a lock timeout, in which script and statement. */
final class LockTimeouts {

    /** PostgreSQL's lock_not_available: a statement waited longer than {@code lock_timeout}. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    private LockTimeouts() {}

    static boolean isLockTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof FlywayMigrateException migrate && LOCK_NOT_AVAILABLE.equals(migrate.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** The statement that failed, as Flyway quotes it. */
    static Optional<String> statement(Throwable failure) {
        return find(failure, FlywaySqlScriptException.class).map(FlywaySqlScriptException::getStatement);
    }

    /** The version of the migration that failed. */
    static Optional<String> version(Throwable failure) {
        return find(failure, FlywayMigrateException.class)
                .map(FlywayMigrateException::getMigration)
                .filter(migration -> migration.getVersion() != null)
                .map(migration -> migration.getVersion().getVersion());
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
