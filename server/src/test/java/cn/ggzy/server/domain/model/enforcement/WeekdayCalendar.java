package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A test calendar: Monday to Friday, plus listed holidays; years after {@code lastYear} have no
 * notice loaded, so the days counted there are provisional.
 * Also used by the benchmark's generator ({@link #everyYear()}).
 */
public record WeekdayCalendar(Set<LocalDate> holidays, int lastYear) implements WorkingCalendar {
  WeekdayCalendar() {
    this(Set.of(), 2026);
  }

  /** Monday to Friday in every year: enough for plausible deadlines of generated cases. */
  public static WeekdayCalendar everyYear() {
    return new WeekdayCalendar(Set.of(), Integer.MAX_VALUE);
  }

  @Override
  public boolean isWorkingDay(RegionCode region, LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(date);
  }

  @Override
  public LocalDate nthWorkingDayAfter(RegionCode region, LocalDate date, int n) {
    LocalDate d = date;
    for (int found = 0; found < n; ) {
      d = d.plusDays(1);
      if (isWorkingDay(region, d)) {
        found++;
      }
    }
    return d;
  }

  @Override
  public int workingDaysBetween(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
    int n = 0;
    for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
      if (isWorkingDay(region, d)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public Integer provisionalYear(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
    if (!toInclusive.isAfter(fromExclusive)) {
      return null;
    }
    int first = Math.max(fromExclusive.plusDays(1).getYear(), lastYear == Integer.MAX_VALUE ? lastYear : lastYear + 1);
    return first <= toInclusive.getYear() ? first : null;
  }

  @Override
  public DeadlineSettings settings(RegionCode region) {
    return DeadlineSettings.MACHENG;
  }
}
