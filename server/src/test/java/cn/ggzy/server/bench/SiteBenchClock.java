package cn.ggzy.server.bench;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in the site check-in benchmark: it runs at the pace of the machine's clock
 * from an instant the benchmark sets (the Friday before for the enrolments, the Monday morning peak for
 * the check-ins), so that the server's time moves with the real elapsed time like in production.
 */
public final class SiteBenchClock extends Clock {
  static final SiteBenchClock INSTANCE = new SiteBenchClock();
  private volatile Instant base = Instant.EPOCH;
  private volatile long baseNanos = System.nanoTime();

  private SiteBenchClock() {}

  /** From now on the clock reads {@code at}, then runs on. */
  void startAt(Instant at) {
    baseNanos = System.nanoTime();
    base = at;
  }

  /** What the clock reads at a {@link System#nanoTime()} value. */
  Instant at(long nanoTime) {
    return base.plusNanos(nanoTime - baseNanos);
  }

  @Override
  public Instant instant() {
    return at(System.nanoTime());
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.of("Asia/Shanghai");
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  /** Replaces the application's clock in the benchmark's container. */
  @Alternative
  @Priority(Interceptor.Priority.APPLICATION + 100)
  @ApplicationScoped
  public static class Producer {
    @Produces
    @ApplicationScoped
    Clock clock() {
      return INSTANCE;
    }
  }
}
