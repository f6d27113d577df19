package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The Chinese working-day calendar of a region: statutory holidays are off even on weekdays,
 * adjusted working days (调休) are working days even on Saturday or Sunday. A year whose notice is
 * not loaded for the region is judged provisionally from the statutory holidays the law fixes
 * ({@code StatutoryHolidays}, without 调休): {@link #provisionalYear} tells whether a count relied
 * on such a year. Only a date outside the years a calendar can hold throws
 * {@link CalendarMissingException}.
 */
public interface WorkingCalendar {
  ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  boolean isWorkingDay(RegionCode region, LocalDate date);

  /**
   * The Nth working day after {@code date}; {@code date} itself is never counted (receipt or
   * acceptance day). {@code n} ≥ 1.
   */
  LocalDate nthWorkingDayAfter(RegionCode region, LocalDate date, int n);

  /**
   * The working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 when
   * {@code toInclusive} is not after {@code fromExclusive}.
   */
  int workingDaysBetween(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive);

  /**
   * The first year after {@code fromExclusive} up to {@code toInclusive} that the region's
   * calendar judges provisionally (no notice loaded); null when every day in between is final.
   */
  Integer provisionalYear(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive);

  /** The region's case clocks (defaults: 麻城's 1 and 15 working days). */
  DeadlineSettings settings(RegionCode region);

  /**
   * The deadline of a clock started at {@code start} (receipt or acceptance): the end of the Nth
   * working day after the start's date in Asia/Shanghai, provisional when the count ran through a
   * year without its notice. {@code n} ≥ 1.
   */
  default Deadline deadline(RegionCode region, Instant start, int n) {
    LocalDate from = LocalDate.ofInstant(start, ZONE);
    LocalDate last = nthWorkingDayAfter(region, from, n);
    return new Deadline(last, endOf(last), provisionalYear(region, from, last));
  }

  /** A deadline is the end (24:00 Asia/Shanghai) of its last day, i.e. the next day's start. */
  static ZonedDateTime endOf(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay(ZONE);
  }
}
