package cn.ggzy.server.application.internal.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (a client address, a login, a receipt …) and says how long the next try
 * must wait: nothing for the free failures, then twice as long each time (1 s, 2 s, 4 s … up to
 * {@link #MAX_WAIT_SECONDS}) from the last failure. A key is forgotten an hour after its last
 * failure. In the node's memory; times are milliseconds of any monotonic or wall source.
 */
public final class FailureBackoff {
  public static final long MAX_WAIT_SECONDS = 900;
  private static final long FORGET_AFTER_MILLIS = 3_600_000L;
  private static final int MAX_KEYS = 200_000;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private static final class Failures {
    int count;
    long lastMillis;
  }

  /** Counts a failure of {@code key} at {@code nowMillis}. */
  public void failed(String key, long nowMillis) {
    Failures f = failures.computeIfAbsent(key, k -> new Failures());
    synchronized (f) {
      if (nowMillis - f.lastMillis > FORGET_AFTER_MILLIS) {
        f.count = 0;
      }
      f.count++;
      f.lastMillis = nowMillis;
    }
    if (failures.size() > MAX_KEYS) {
      failures.values().removeIf(old -> nowMillis - old.lastMillis > FORGET_AFTER_MILLIS);
    }
  }

  /** Forgets the failures of {@code key}. */
  public void cleared(String key) {
    failures.remove(key);
  }

  /** The seconds the next try of {@code key} must still wait after {@code free} failures; 0 to go. */
  public long waitSeconds(String key, int free, long nowMillis) {
    Failures f = failures.get(key);
    if (f == null) {
      return 0;
    }
    synchronized (f) {
      if (f.count < free || nowMillis - f.lastMillis > FORGET_AFTER_MILLIS) {
        return 0;
      }
      long wait = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, f.count - free));
      return Math.max(0, wait - (nowMillis - f.lastMillis) / 1000);
    }
  }
}
