package cn.ggzy.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one clock of the tests' CDI container (it replaces the application's system clock): fixed
 * at {@link #DEFAULT} unless a test sets it. Tests never read the wall clock; a test that needs
 * another day sets it and puts it back with {@link #reset()}.
 */
public final class TestClock {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** Monday 16 November 2026, 10:00 in Shanghai: a working day whose 15-working-day clock stays in 2026. */
  public static final Instant DEFAULT = ZonedDateTime.of(2026, 11, 16, 10, 0, 0, 0, ZONE).toInstant();

  private static final MutableClock CLOCK = new MutableClock(DEFAULT);

  private TestClock() {}

  public static MutableClock clock() {
    return CLOCK;
  }

  public static Instant now() {
    return CLOCK.instant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(CLOCK.instant(), ZONE);
  }

  public static void set(Instant at) {
    CLOCK.set(at);
  }

  /** Sets the clock to {@code hour}:00 in Shanghai on {@code day}. */
  public static void set(LocalDate day, int hour) {
    CLOCK.set(day.atTime(hour, 0).atZone(ZONE).toInstant());
  }

  public static void reset() {
    CLOCK.set(DEFAULT);
  }

  /** Replaces the application's clock in the tests' container. */
  @Alternative
  @Priority(Interceptor.Priority.APPLICATION + 100)
  @ApplicationScoped
  public static class Producer {
    @Produces
    @ApplicationScoped
    Clock clock() {
      return CLOCK;
    }
  }
}
