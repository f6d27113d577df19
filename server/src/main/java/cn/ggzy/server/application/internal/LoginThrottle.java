package cn.ggzy.server.application.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking anybody out: wrong logins are counted per client
 * address, per login from that address, and per login from everywhere; past each count's free
 * tries every further try must wait twice as long as the one before (1 s, 2 s, 4 s … at most 15
 * minutes). The per-address count starts only after 30 failures (an office's officers may share
 * one address behind its gateway); the per-login count from everywhere after 50, so strangers
 * cannot keep the owner out from the owner's own address for long, while one address guessing at
 * one login is slowed after 5 tries. Unknown and known logins are counted alike, so the
 * answer never tells which logins exist. Counts live in the node's memory and are forgotten an
 * hour after the last failure; a successful login clears the count of its login from its address.
 */
final class LoginThrottle {
  static final int FREE_PER_ADDRESS = 30;
  static final int FREE_PER_LOGIN_AND_ADDRESS = 5;
  static final int FREE_PER_LOGIN = 50;
  private static final long MAX_WAIT_SECONDS = 900;
  private static final long FORGET_AFTER_MILLIS = 3_600_000L;
  private static final int MAX_KEYS = 200_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private static final class Failures {
    int count;
    long lastMillis;
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** The seconds the next try of {@code login} from {@code address} must still wait; 0 when it may go. */
  long waitSeconds(String login, String address) {
    long now = clock.millis();
    String who = normalised(login);
    long wait = waiting("l|" + who, FREE_PER_LOGIN, now);
    if (address != null) {
      wait = Math.max(wait, waiting("a|" + address, FREE_PER_ADDRESS, now));
      wait = Math.max(wait, waiting("la|" + who + "|" + address, FREE_PER_LOGIN_AND_ADDRESS, now));
    }
    return wait;
  }

  void failed(String login, String address) {
    long now = clock.millis();
    String who = normalised(login);
    record("l|" + who, now);
    if (address != null) {
      record("a|" + address, now);
      record("la|" + who + "|" + address, now);
    }
    if (failures.size() > MAX_KEYS) {
      failures.values().removeIf(f -> now - f.lastMillis > FORGET_AFTER_MILLIS);
    }
  }

  void succeeded(String login, String address) {
    if (address != null) {
      failures.remove("la|" + normalised(login) + "|" + address);
    }
  }

  private static String normalised(String login) {
    return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private void record(String key, long now) {
    Failures f = failures.computeIfAbsent(key, k -> new Failures());
    synchronized (f) {
      if (now - f.lastMillis > FORGET_AFTER_MILLIS) {
        f.count = 0;
      }
      f.count++;
      f.lastMillis = now;
    }
  }

  private long waiting(String key, int free, long now) {
    Failures f = failures.get(key);
    if (f == null) {
      return 0;
    }
    synchronized (f) {
      if (f.count < free || now - f.lastMillis > FORGET_AFTER_MILLIS) {
        return 0;
      }
      long wait = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, f.count - free));
      long elapsed = (now - f.lastMillis) / 1000;
      return Math.max(0, wait - elapsed);
    }
  }
}
