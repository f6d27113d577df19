package cn.ggzy.server.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock in Asia/Shanghai that a test sets to the moment it needs. */
final class MutableClock extends Clock {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private volatile Instant now;

  MutableClock(String localDateTime) {
    set(localDateTime);
  }

  /** Sets the time as read on a wall clock in Shanghai, e.g. {@code 2026-05-31T23:59:59}. */
  void set(String localDateTime) {
    now = LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return SHANGHAI;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
