package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The case registration makes way while filers are many, for one burst at most the configured
 * time; only a quiet spell (not a pause of seconds) ends the burst, and a threshold of 0 never
 * yields.
 */
class RegistrationYieldTest {
  private double pace;
  private long nanos;
  private final RegistrationYield yielding = new RegistrationYield(() -> pace, () -> nanos);
  private static final Duration AT_MOST = Duration.ofMinutes(2);

  @Test
  void yieldsDuringABurstForAtMostTheConfiguredTime() {
    pace = 10;
    assertFalse(yielding.now(50, AT_MOST), "few filers");
    pace = 800;
    assertTrue(yielding.now(50, AT_MOST));
    nanos += Duration.ofSeconds(119).toNanos();
    assertTrue(yielding.now(50, AT_MOST), "still within the burst's allowance");
    nanos += Duration.ofSeconds(2).toNanos();
    assertFalse(yielding.now(50, AT_MOST), "the burst has held registration back long enough");
    nanos += Duration.ofMinutes(10).toNanos();
    assertFalse(yielding.now(50, AT_MOST), "as long as the same burst lasts");
    pace = 0;
    assertFalse(yielding.now(50, AT_MOST));
    nanos += Duration.ofSeconds(3).toNanos();
    pace = 800;
    assertFalse(yielding.now(50, AT_MOST), "a pause of seconds does not end the burst");
    pace = 0;
    assertFalse(yielding.now(50, AT_MOST));
    nanos += RegistrationYield.QUIET.toNanos();
    assertFalse(yielding.now(50, AT_MOST));
    pace = 800;
    assertTrue(yielding.now(50, AT_MOST), "after a quiet spell a new burst may be made way for again");
  }

  @Test
  void aThresholdOfZeroNeverYields() {
    pace = 100_000;
    assertFalse(yielding.now(0, AT_MOST));
  }
}
