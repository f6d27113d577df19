package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.internal.notification.FailureBackoff;
import cn.ggzy.server.domain.model.intake.RateLimitedException;

/**
 * Slows down guessing of access codes: after the free failures, each further try from the same
 * client address must wait twice as long as the one before (1 s, 2 s, 4 s … up to 15 minutes),
 * whichever receipt numbers it tries (known or not: the answer must not tell). The count is per
 * client, not per receipt: strangers who know a receipt number cannot lock its filer out, and
 * guessing an 80-bit access code at one try per back-off is hopeless anyway. Only a request
 * whose client address is unknown is counted on the receipt number.
 */
final class AttemptThrottle {
  private final FailureBackoff backoff = new FailureBackoff();

  void check(String receipt, String client, int free) {
    long wait = backoff.waitSeconds(key(receipt, client), free, nowMillis());
    if (wait > 0) {
      throw new RateLimitedException("intake.rate.tracking", wait);
    }
  }

  void failed(String receipt, String client) {
    backoff.failed(key(receipt, client), nowMillis());
  }

  void succeeded(String receipt) {
    backoff.cleared("r|" + receipt);
  }

  private static String key(String receipt, String client) {
    return client == null ? "r|" + receipt : "c|" + client;
  }

  /** Monotonic: the back-off of a public channel is about elapsed time, not dates. */
  private static long nowMillis() {
    return System.nanoTime() / 1_000_000;
  }
}
