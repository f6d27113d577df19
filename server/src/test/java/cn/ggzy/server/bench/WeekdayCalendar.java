package cn.ggzy.server.bench;

import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday for every year: enough to compute plausible deadlines for generated cases. */
final class WeekdayCalendar implements WorkingCalendar {
  @Override
  public boolean isWorkingDay(RegionCode region, LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
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
  public DeadlineSettings settings(RegionCode region) {
    return DeadlineSettings.MACHENG;
  }
}
