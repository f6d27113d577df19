package cn.ggzy.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock in Asia/Shanghai that a test sets or moves forward by hand. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  /** Starts at a time read on a wall clock in Shanghai, e.g. {@code 2026-05-31T23:59:59}. */
  public MutableClock(String localDateTime) {
    set(localDateTime);
  }

  public void advance(Duration by) {
    now = now.plus(by);
  }

  public void set(Instant at) {
    now = at;
  }

  /** Sets the time as read on a wall clock in Shanghai, e.g. {@code 2026-05-31T23:59:59}. */
  public void set(String localDateTime) {
    now = LocalDateTime.parse(localDateTime).atZone(getZone()).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.of("Asia/Shanghai");
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
