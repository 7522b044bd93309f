package dev.taskchat.migrations.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The conflict table of PostgreSQL's "Explicit Locking" page, row by row ('X': the two modes conflict). */
class LockModeTest {

    private static final List<LockMode> COLUMNS = Arrays.asList(LockMode.values());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // requested,         AS RS RE SUE S SRE E AE
        "ACCESS_SHARE,           ., ., ., ., ., ., ., X",
        "ROW_SHARE,              ., ., ., ., ., ., X, X",
        "ROW_EXCLUSIVE,          ., ., ., ., X, X, X, X",
        "SHARE_UPDATE_EXCLUSIVE, ., ., ., X, X, X, X, X",
        "SHARE,                  ., ., X, X, ., X, X, X",
        "SHARE_ROW_EXCLUSIVE,    ., ., X, X, X, X, X, X",
        "EXCLUSIVE,              ., X, X, X, X, X, X, X",
        "ACCESS_EXCLUSIVE,       X, X, X, X, X, X, X, X",
    })
    void conflictsAsPostgresDocumentsThem(
            LockMode requested,
            String as,
            String rs,
            String re,
            String sue,
            String s,
            String sre,
            String e,
            String ae) {
        List<String> row = List.of(as, rs, re, sue, s, sre, e, ae);
        for (int i = 0; i < COLUMNS.size(); i++) {
            assertThat(requested.conflictsWith(COLUMNS.get(i)))
                    .as(requested + " against " + COLUMNS.get(i))
                    .isEqualTo(row.get(i).equals("X"));
        }
    }

    @ParameterizedTest
    @EnumSource(LockMode.class)
    void theTableIsSymmetric(LockMode mode) {
        for (LockMode other : LockMode.values()) {
            assertThat(mode.conflictsWith(other)).as(mode + " / " + other).isEqualTo(other.conflictsWith(mode));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "AccessShareLock, ACCESS_SHARE",
        "RowShareLock, ROW_SHARE",
        "RowExclusiveLock, ROW_EXCLUSIVE",
        "ShareUpdateExclusiveLock, SHARE_UPDATE_EXCLUSIVE",
        "ShareLock, SHARE",
        "ShareRowExclusiveLock, SHARE_ROW_EXCLUSIVE",
        "ExclusiveLock, EXCLUSIVE",
        "AccessExclusiveLock, ACCESS_EXCLUSIVE"
    })
    void readsThePgLocksNames(String pgLocks, LockMode mode) {
        assertThat(LockMode.fromPgLocks(pgLocks)).contains(mode);
    }

    @ParameterizedTest
    @CsvSource({"SIReadLock", "accesssharelock", "''"})
    void otherNamesAreNoTableMode(String pgLocks) {
        assertThat(LockMode.fromPgLocks(pgLocks)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = LockMode.class,
            names = {"SHARE", "SHARE_ROW_EXCLUSIVE", "EXCLUSIVE", "ACCESS_EXCLUSIVE"})
    void fromShareOnTheModesBlockWrites(LockMode mode) {
        assertThat(mode.blocksWrites()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = LockMode.class,
            names = {"ACCESS_SHARE", "ROW_SHARE", "ROW_EXCLUSIVE", "SHARE_UPDATE_EXCLUSIVE"})
    void weakerModesLetWritesGoOn(LockMode mode) {
        assertThat(mode.blocksWrites()).isFalse();
    }
}
