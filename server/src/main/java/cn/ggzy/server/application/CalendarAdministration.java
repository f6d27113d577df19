package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The working calendars and case clocks of the regions: a system administrator keeps every
 * region's, an office leader the own region's; nobody else. Every change is audited and
 * announced as a {@code CalendarChanged} event, so that deadlines can be computed again.
 */
public interface CalendarAdministration {
  /** The regions the caller may keep calendars for (empty for everybody else). */
  List<Region> administrableRegions(Caller caller);

  /** The notices in force for the region, oldest year first. */
  List<CalendarYearView> years(Caller caller, RegionCode region);

  /**
   * Loads a year's State Council notice (holiday-cn JSON) for the region, replacing an earlier
   * one of that year. {@code fileName} may be null; when it names a year ({@code 2027.json}) it
   * must be the notice's year.
   */
  CalendarYearView upload(Caller caller, RegionCode region, String fileName, byte[] content);

  /**
   * Loads a year's notice entered by hand (the year, the web addresses of the State Council
   * notice and its days), checked like an uploaded file; replaces an earlier notice of that year.
   */
  CalendarYearView enter(Caller caller, RegionCode region, int year, List<String> papers,
      List<HolidayNotice.Day> days);

  /** From this day of the year on, the office is reminded to load the next year's notice. */
  MonthDay REMINDER_FROM = MonthDay.of(11, 1);

  /**
   * The year whose notice the caller should load for the region now: from 1 November, next year's
   * while it is not in force (deadlines into it are provisional meanwhile); empty otherwise.
   */
  Optional<Integer> yearToLoad(Caller caller, RegionCode region);

  DeadlineSettings settings(Caller caller, RegionCode region);

  DeadlineSettings updateSettings(Caller caller, RegionCode region, int acceptanceWorkingDays,
      int completionWorkingDays);
}
