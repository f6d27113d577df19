package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.domain.model.intake.RateLimitedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of access codes: after the free failures, each further try from the same
 * client address must wait twice as long as the one before (1 s, 2 s, 4 s … up to 15 minutes),
 * whichever receipt numbers it tries (known or not: the answer must not tell). The count is per
 * client, not per receipt: strangers who know a receipt number cannot lock its filer out, and
 * guessing an 80-bit access code at one try per back-off is hopeless anyway. Only a request
 * whose client address is unknown is counted on the receipt number.
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
    long wait = waiting(key(receipt, client), free, now);
    if (wait > 0) {
      throw new RateLimitedException("intake.rate.tracking", wait);
    }
  }

  void failed(String receipt, String client) {
    long now = System.nanoTime();
    record(key(receipt, client), now);
    if (failures.size() > 100_000) {
      failures.values().removeIf(f -> now - f.lastNanos > FORGET_AFTER_NANOS);
    }
  }

  void succeeded(String receipt) {
    failures.remove("r|" + receipt);
  }

  private static String key(String receipt, String client) {
    return client == null ? "r|" + receipt : "c|" + client;
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
