package cn.ggzy.server.application.internal.intake;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How many new submissions this node stored in the last whole second and the current one: the
 * case registration yields to the filers while they are many (acknowledging a submission is what
 * a filer waits for; its case, whose clock runs from receipt anyway, can follow a little later).
 */
final class IntakePace {
  private static final int SLOTS = 4;
  private final AtomicLongArray seconds = new AtomicLongArray(SLOTS);
  private final AtomicLongArray counts = new AtomicLongArray(SLOTS);

  void filed() {
    long second = System.nanoTime() / 1_000_000_000L;
    int slot = (int) (second % SLOTS);
    long seen = seconds.get(slot);
    if (seen != second && seconds.compareAndSet(slot, seen, second)) {
      counts.set(slot, 0);
    }
    counts.incrementAndGet(slot);
  }

  /** Submissions stored in the previous whole second and the current one, per second. */
  double perSecond() {
    long second = System.nanoTime() / 1_000_000_000L;
    long total = 0;
    for (long s = second - 1; s <= second; s++) {
      int slot = (int) (s % SLOTS);
      if (seconds.get(slot) == s) {
        total += counts.get(slot);
      }
    }
    return total / 2.0;
  }
}
