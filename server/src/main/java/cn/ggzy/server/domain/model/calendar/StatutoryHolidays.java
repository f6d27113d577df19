package cn.ggzy.server.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the law fixes in advance about a year's days off, before the State Council's notice sets
 * the 调休 (《全国年节及纪念日放假办法》): the statutory holidays of the revision in force that year,
 * and, for each holiday day that falls on a Saturday or Sunday or on another holiday, a day off
 * on the next working day (art. 6, 补假). Adjusted working days, which only the notice sets, are
 * not guessed. Over a holiday block this takes as many working days as the notices have taken in
 * practice (they move days around with 调休, and the net stays the statutory count plus 补假).
 *
 * <ul>
 *   <li>from 2025 (2024 revision): 元旦 1 day, 春节 4 (除夕 to 初三), 清明 1, 劳动节 2, 端午 1,
 *       中秋 1, 国庆 3;</li>
 *   <li>2014–2024 (2013 revision): 春节 3 (初一 to 初三), 劳动节 1, otherwise the same;</li>
 *   <li>2008–2013 (2007 revision): 春节 3 (除夕 to 初二), 劳动节 1, otherwise the same;</li>
 *   <li>2000–2007 (1999 revision): 元旦 1, 春节 3 (初一 to 初三), 劳动节 3, 国庆 3.</li>
 * </ul>
 * Immutable; each year is computed once.
 */
public final class StatutoryHolidays {
  /** The name suffix of a compensatory day off (补假). */
  public static final String COMPENSATION = "（补假）";

  private final LunarDates lunar;
  private final Map<Integer, List<HolidayNotice.Day>> years = new ConcurrentHashMap<>();

  public StatutoryHolidays(LunarDates lunar) {
    this.lunar = lunar;
  }

  /**
   * The days off by law in Gregorian year {@code year} (each with {@code offDay} true), in date
   * order: the holidays and their compensatory days.
   */
  public List<HolidayNotice.Day> daysOff(int year) {
    if (year < HolidayNotice.FIRST_YEAR || year > HolidayNotice.LAST_YEAR) {
      throw new CalendarMissingException(year, WorkingDays.FIELD);
    }
    return years.computeIfAbsent(year, this::compute);
  }

  private List<HolidayNotice.Day> compute(int year) {
    List<HolidayNotice.Day> entitled = new ArrayList<>();
    fixed(entitled, "元旦", year, MonthDay.of(1, 1), 1);
    LocalDate newYear = lunar.lunar(year, 1, 1);
    if (year >= 2025) {
      span(entitled, "春节", newYear.minusDays(1), 4);
      fixed(entitled, "劳动节", year, MonthDay.of(5, 1), 2);
    } else if (year >= 2008 && year <= 2013) {
      span(entitled, "春节", newYear.minusDays(1), 3);
      fixed(entitled, "劳动节", year, MonthDay.of(5, 1), 1);
    } else {
      span(entitled, "春节", newYear, 3);
      fixed(entitled, "劳动节", year, MonthDay.of(5, 1), year >= 2008 ? 1 : 3);
    }
    if (year >= 2008) {
      span(entitled, "清明", lunar.qingming(year), 1);
      span(entitled, "端午", lunar.lunar(year, 5, 5), 1);
      span(entitled, "中秋", lunar.lunar(year, 8, 15), 1);
    }
    fixed(entitled, "国庆节", year, MonthDay.of(10, 1), 3);
    return withCompensation(entitled);
  }

  /** Each entitlement that lands on a weekend or on a day already off is owed on the next working day. */
  private static List<HolidayNotice.Day> withCompensation(List<HolidayNotice.Day> entitled) {
    entitled.sort(Comparator.comparing(HolidayNotice.Day::date));
    Set<LocalDate> holidays = new HashSet<>();
    entitled.forEach(d -> holidays.add(d.date()));
    Set<LocalDate> off = new HashSet<>();
    List<HolidayNotice.Day> days = new ArrayList<>();
    for (HolidayNotice.Day day : entitled) {
      boolean twice = !off.add(day.date());
      if (!twice) {
        days.add(day);
      }
      if (twice || weekend(day.date())) {
        LocalDate owed = day.date().plusDays(1);
        while (weekend(owed) || off.contains(owed) || holidays.contains(owed)) {
          owed = owed.plusDays(1);
        }
        off.add(owed);
        days.add(new HolidayNotice.Day(day.name() + COMPENSATION, owed, true));
      }
    }
    days.sort(Comparator.comparing(HolidayNotice.Day::date));
    return List.copyOf(days);
  }

  private static void fixed(List<HolidayNotice.Day> out, String name, int year, MonthDay first, int days) {
    span(out, name, first.atYear(year), days);
  }

  private static void span(List<HolidayNotice.Day> out, String name, LocalDate first, int days) {
    for (int i = 0; i < days; i++) {
      out.add(new HolidayNotice.Day(name, first.plusDays(i), true));
    }
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
