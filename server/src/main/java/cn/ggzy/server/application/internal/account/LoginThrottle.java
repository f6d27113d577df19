package cn.ggzy.server.application.internal.account;

import cn.ggzy.server.application.internal.notification.FailureBackoff;
import java.time.Clock;
import java.util.Locale;

/**
 * Slows down password guessing without locking anybody out: wrong logins are counted per client
 * address, per login from that address, and per login from everywhere; past each count's free
 * tries every further try must wait twice as long as the one before ({@link FailureBackoff}: 1 s,
 * 2 s, 4 s … at most 15 minutes). The per-address count starts only after 30 failures (an
 * office's officers may share one address behind its gateway); the per-login count from
 * everywhere after 50, so strangers cannot keep the owner out from the owner's own address for
 * long, while one address guessing at one login is slowed after 5 tries. Unknown and known logins
 * are counted alike, so the answer never tells which logins exist. Counts live in the node's memory
 * and are forgotten an hour after the last failure; a successful login clears the count of its
 * login from its address.
 */
final class LoginThrottle {
  static final int FREE_PER_ADDRESS = 30;
  static final int FREE_PER_LOGIN_AND_ADDRESS = 5;
  static final int FREE_PER_LOGIN = 50;

  private final Clock clock;
  private final FailureBackoff backoff = new FailureBackoff();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** The seconds the next try of {@code login} from {@code address} must still wait; 0 when it may go. */
  long waitSeconds(String login, String address) {
    long now = clock.millis();
    String who = normalised(login);
    long wait = backoff.waitSeconds("l|" + who, FREE_PER_LOGIN, now);
    if (address != null) {
      wait = Math.max(wait, backoff.waitSeconds("a|" + address, FREE_PER_ADDRESS, now));
      wait = Math.max(wait, backoff.waitSeconds("la|" + who + "|" + address, FREE_PER_LOGIN_AND_ADDRESS, now));
    }
    return wait;
  }

  void failed(String login, String address) {
    long now = clock.millis();
    String who = normalised(login);
    backoff.failed("l|" + who, now);
    if (address != null) {
      backoff.failed("a|" + address, now);
      backoff.failed("la|" + who + "|" + address, now);
    }
  }

  void succeeded(String login, String address) {
    if (address != null) {
      backoff.cleared("la|" + normalised(login) + "|" + address);
    }
  }

  private static String normalised(String login) {
    return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
  }
}
