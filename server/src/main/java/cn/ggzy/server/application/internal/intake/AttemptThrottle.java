package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.domain.model.intake.RateLimitedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of access codes: after the free failures, each further wrong try on the same
 * receipt number (known or not: the answer must not tell) or from the same client must wait twice
 * as long as the one before (1 s, 2 s, 4 s … up to 15 minutes). A right code clears the receipt's
 * count.
 */
final class AttemptThrottle {
  private static final long MAX_WAIT_SECONDS = 900;
  private static final long FORGET_AFTER_NANOS = 3_600_000_000_000L;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private static final class Failures {
    int count;
    long lastNanos;
  }

  void check(String receipt, String client, int free) {
    long now = System.nanoTime();
    long wait = Math.max(waiting("r|" + receipt, free, now), client == null ? 0 : waiting("c|" + client, free, now));
    if (wait > 0) {
      throw new RateLimitedException("intake.rate.tracking", wait);
    }
  }

  void failed(String receipt, String client) {
    long now = System.nanoTime();
    record("r|" + receipt, now);
    if (client != null) {
      record("c|" + client, now);
    }
    if (failures.size() > 100_000) {
      failures.values().removeIf(f -> now - f.lastNanos > FORGET_AFTER_NANOS);
    }
  }

  void succeeded(String receipt) {
    failures.remove("r|" + receipt);
  }

  private void record(String key, long now) {
    Failures f = failures.computeIfAbsent(key, k -> new Failures());
    synchronized (f) {
      if (now - f.lastNanos > FORGET_AFTER_NANOS) {
        f.count = 0;
      }
      f.count++;
      f.lastNanos = now;
    }
  }

  private long waiting(String key, int free, long now) {
    Failures f = failures.get(key);
    if (f == null) {
      return 0;
    }
    synchronized (f) {
      if (f.count < free) {
        return 0;
      }
      long wait = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, f.count - free));
      long elapsed = (now - f.lastNanos) / 1_000_000_000L;
      return Math.max(0, wait - elapsed);
    }
  }
}
