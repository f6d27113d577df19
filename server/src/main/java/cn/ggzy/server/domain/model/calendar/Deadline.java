package cn.ggzy.server.domain.model.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A clock's end: its last working day and the instant that day ends (24:00 Asia/Shanghai).
 * {@code provisionalYear} is the first year the count ran through without that year's State
 * Council notice (the day computed from the statutory holidays, without 调休), or null when final.
 */
public record Deadline(LocalDate lastWorkingDay, ZonedDateTime due, Integer provisionalYear) {
  /** A final deadline. */
  public Deadline(LocalDate lastWorkingDay, ZonedDateTime due) {
    this(lastWorkingDay, due, null);
  }

  /** True while the notice of {@link #provisionalYear} is not loaded: the day may still move. */
  public boolean provisional() {
    return provisionalYear != null;
  }
}
