package dev.taskchat.migrations.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void showsDoneOverTotalTheRateOfThisRunAndTheTimeLeft() {
        // 5,000 rows in 2 s this run (after 1,000 from an earlier run): 2,500 rows/s, 14,000 left → 5.6 s
        assertThat(ProgressLine.format("b", 6_000, 20_000, 5_000, Duration.ofSeconds(2)))
                .isEqualTo("  b: 6,000 / 20,000 rows (30%), 2,500 rows/s, ETA 0:06");
        assertThat(ProgressLine.format("b", 10, 1_000_000, 10, Duration.ofSeconds(1)))
                .isEqualTo("  b: 10 / 1,000,000 rows (0%), 10 rows/s, ETA 27:46:39");
        assertThat(ProgressLine.format("b", 0, 0, 0, Duration.ZERO))
                .isEqualTo("  b: 0 / 0 rows (100%), 0 rows/s, ETA unknown");
    }
}
