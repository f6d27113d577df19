package cn.ggzy.server.application.internal.intake;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the case registration should make way for filers now: while more new submissions a
 * second arrive than the threshold, but for one burst at most {@code atMost}, so that under an
 * overload that does not end the cases are not put off indefinitely (registration then takes its
 * share of the processors again until the burst is over).
 */
final class RegistrationYield {
  private static final long NONE = Long.MIN_VALUE;
  private final DoubleSupplier perSecond;
  private final LongSupplier nanoTime;
  private long burstSince = NONE;

  RegistrationYield(DoubleSupplier perSecond, LongSupplier nanoTime) {
    this.perSecond = perSecond;
    this.nanoTime = nanoTime;
  }

  synchronized boolean now(int abovePerSecond, Duration atMost) {
    if (abovePerSecond <= 0 || perSecond.getAsDouble() <= abovePerSecond) {
      burstSince = NONE;
      return false;
    }
    long t = nanoTime.getAsLong();
    if (burstSince == NONE) {
      burstSince = t;
    }
    return t - burstSince < atMost.toNanos();
  }
}
