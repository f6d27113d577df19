package cn.ggzy.server.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working days of the years whose notices are loaded, as one array of days: counting a
 * deadline walks the array, so that thousands of deadlines cost microseconds each. Immutable.
 * A date is judged finally only when the notice of its own year is loaded; a later notice's days
 * that reach back into a loaded year (2023's 2022-12-31) count, an earlier notice never overrides a
 * later one. Built with {@link StatutoryHolidays}, the other years are judged provisionally.
 */
public final class WorkingDays {
  /** The field named by {@link CalendarMissingException}s of this class. */
  public static final String FIELD = "date";
  private static final byte MISSING = 0;
  private static final byte WORKING = 1;
  private static final byte OFF = 2;

  private final SortedSet<Integer> years;
  private final long firstEpochDay;
  private final byte[] states;

  private WorkingDays(SortedSet<Integer> years, long firstEpochDay, byte[] states) {
    this.years = years;
    this.firstEpochDay = firstEpochDay;
    this.states = states;
  }

  /** The loaded years only: a date in any other year throws {@link CalendarMissingException}. */
  public static WorkingDays of(Collection<HolidayNotice> notices) {
    return of(notices, null);
  }

  /** How many years after the last loaded notice are judged provisionally. */
  public static final int PROVISIONAL_YEARS_AHEAD = 10;

  /**
   * The loaded years, and with {@code statutory} the years between them and the
   * {@value #PROVISIONAL_YEARS_AHEAD} after the last one provisionally (every year from
   * {@link HolidayNotice#FIRST_YEAR} to {@link HolidayNotice#LAST_YEAR} when none is loaded):
   * weekends and the days off the law fixes ({@link StatutoryHolidays}), without 调休.
   * {@link #provisionalYear} tells whether a count relied on such a year.
   */
  public static WorkingDays of(Collection<HolidayNotice> notices, StatutoryHolidays statutory) {
    TreeSet<Integer> years = new TreeSet<>();
    notices.forEach(n -> years.add(n.year()));
    if (years.isEmpty() && statutory == null) {
      return new WorkingDays(years, 0, new byte[0]);
    }
    int firstYear = years.isEmpty() ? HolidayNotice.FIRST_YEAR : years.first();
    int lastYear = years.isEmpty() ? HolidayNotice.LAST_YEAR
        : statutory == null ? years.last() : Math.min(HolidayNotice.LAST_YEAR, years.last() + PROVISIONAL_YEARS_AHEAD);
    long first = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long end = LocalDate.of(lastYear + 1, 1, 1).toEpochDay();
    byte[] states = new byte[(int) (end - first)];
    for (int year = firstYear; year <= lastYear; year++) {
      boolean loaded = years.contains(year);
      if (!loaded && statutory == null) {
        continue;
      }
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        states[(int) (d.toEpochDay() - first)] = weekend(d) ? OFF : WORKING;
      }
      if (!loaded) {
        for (HolidayNotice.Day day : statutory.daysOff(year)) {
          states[(int) (day.date().toEpochDay() - first)] = OFF;
        }
      }
    }
    List<HolidayNotice> oldestFirst = notices.stream()
        .sorted(Comparator.comparingInt(HolidayNotice::year)).toList();
    for (HolidayNotice notice : oldestFirst) {
      for (HolidayNotice.Day day : notice.days()) {
        if (years.contains(day.date().getYear())) {
          states[(int) (day.date().toEpochDay() - first)] = day.offDay() ? OFF : WORKING;
        }
      }
    }
    return new WorkingDays(Collections.unmodifiableSortedSet(years), first, states);
  }

  /** The years whose notices are loaded. */
  public SortedSet<Integer> years() {
    return years;
  }

  /**
   * The first year after {@code fromExclusive} up to {@code toInclusive} whose notice is not
   * loaded, i.e. whose days were judged provisionally; null when every day counted is final.
   */
  public Integer provisionalYear(LocalDate fromExclusive, LocalDate toInclusive) {
    if (!toInclusive.isAfter(fromExclusive)) {
      return null;
    }
    for (int year = fromExclusive.plusDays(1).getYear(); year <= toInclusive.getYear(); year++) {
      if (!years.contains(year)) {
        return year;
      }
    }
    return null;
  }

  public boolean isWorkingDay(LocalDate date) {
    return state(date.toEpochDay()) == WORKING;
  }

  /** The Nth working day after {@code date}, which is itself never counted; {@code n} ≥ 1. */
  public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    long day = date.toEpochDay();
    int counted = 0;
    while (counted < n) {
      day++;
      if (state(day) == WORKING) {
        counted++;
      }
    }
    return LocalDate.ofEpochDay(day);
  }

  /** The working days after {@code fromExclusive} up to and including {@code toInclusive}. */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    int counted = 0;
    for (long day = fromExclusive.toEpochDay() + 1; day <= toInclusive.toEpochDay(); day++) {
      if (state(day) == WORKING) {
        counted++;
      }
    }
    return counted;
  }

  private byte state(long epochDay) {
    long index = epochDay - firstEpochDay;
    byte state = index >= 0 && index < states.length ? states[(int) index] : MISSING;
    if (state == MISSING) {
      throw new CalendarMissingException(LocalDate.ofEpochDay(epochDay).getYear(), FIELD);
    }
    return state;
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
