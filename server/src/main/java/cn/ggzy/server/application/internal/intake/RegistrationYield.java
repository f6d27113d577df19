package cn.ggzy.server.application.internal.intake;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the case registration should make way for filers now: while more new submissions a
 * second arrive than the threshold, but for one burst at most {@code atMost}, so that under an
 * overload that does not end the cases are not put off indefinitely (registration then takes its
 * share of the processors again until the burst is over, that is until the filing has stayed
 * below the threshold for {@link #QUIET}).
 */
final class RegistrationYield {
  private static final long NONE = Long.MIN_VALUE;
  private final DoubleSupplier perSecond;
  private final LongSupplier nanoTime;
  /** How long the filing must stay quiet for a burst to be over (short pauses do not reset it). */
  static final Duration QUIET = Duration.ofSeconds(10);
  private long burstSince = NONE;
  private long quietSince = NONE;

  RegistrationYield(DoubleSupplier perSecond, LongSupplier nanoTime) {
    this.perSecond = perSecond;
    this.nanoTime = nanoTime;
  }

  synchronized boolean now(int abovePerSecond, Duration atMost) {
    long t = nanoTime.getAsLong();
    if (abovePerSecond <= 0 || perSecond.getAsDouble() <= abovePerSecond) {
      if (quietSince == NONE) {
        quietSince = t;
      }
      if (t - quietSince >= QUIET.toNanos()) {
        burstSince = NONE;
      }
      return false;
    }
    quietSince = NONE;
    if (burstSince == NONE) {
      burstSince = t;
    }
    return t - burstSince < atMost.toNanos();
  }
}
