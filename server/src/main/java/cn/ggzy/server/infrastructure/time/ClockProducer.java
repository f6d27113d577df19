package cn.ggzy.server.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application: the system clock in Asia/Shanghai. For tests and rehearsals,
 * {@code platform.clock.start} (an ISO-8601 date-time with offset) starts the application's time
 * at that instant when it boots; it then runs at the pace of the system clock, so that leases,
 * sessions and waits behave as in production while every date the platform computes (receipts,
 * deadlines, publication periods) follows the configured day. Never set it in production.
 */
@ApplicationScoped
public class ClockProducer {
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  public static final String START_KEY = "platform.clock.start";

  private Optional<String> start = Optional.empty();

  protected ClockProducer() {}

  @Inject
  public ClockProducer(@ConfigProperty(name = START_KEY) Optional<String> start) {
    this.start = start;
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return clock(start, Clock.system(SHANGHAI));
  }

  /** The machine's own time (see {@link SystemTime}), never shifted. */
  @Produces
  @SystemTime
  @ApplicationScoped
  Clock systemTime() {
    return Clock.system(SHANGHAI);
  }

  /** {@code system} itself, or shifted so that it reads {@code start} now. */
  static Clock clock(Optional<String> start, Clock system) {
    String value = start.map(String::strip).orElse("");
    if (value.isEmpty()) {
      return system;
    }
    try {
      OffsetDateTime at = OffsetDateTime.parse(value);
      return Clock.offset(system, Duration.between(system.instant(), at.toInstant()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(START_KEY + " must be an ISO-8601 date-time with offset, e.g. "
          + "2026-12-15T10:00:00+08:00: " + value, e);
    }
  }
}
