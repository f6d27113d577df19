package cn.ggzy.server.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines on the holiday notices shipped with the product. Every expected date was counted by
 * hand on the JSON files and a wall calendar; the day of receipt never counts.
 */
class ShippedCalendarTest {
  static final List<HolidayNotice> SHIPPED = ClasspathShippedNotices.load();
  static final WorkingDays DAYS = WorkingDays.of(SHIPPED);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theShippedYearsAre2020To2026AndThe2027PlaceholderIsNotLoaded() {
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026),
        SHIPPED.stream().map(HolidayNotice::year).toList());
    assertEquals(2026, DAYS.years().last());
  }

  @ParameterizedTest(name = "{0} is an adjusted working day of 2026")
  @CsvSource({"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
  void the2026AdjustedWorkingDaysAreWorkingDaysAlthoughOnAWeekend(String date) {
    assertTrue(DAYS.isWorkingDay(d(date)));
  }

  @ParameterizedTest(name = "{0} is off")
  @CsvSource({
      "2026-01-02", // Friday, 元旦
      "2026-02-16", // Monday, 春节
      "2026-02-23", // Monday, last day of 春节
      "2026-05-05", // Tuesday, 劳动节
      "2026-09-25", // Friday, 中秋节
      "2026-10-05", // Monday, 国庆节
      "2026-10-07", // Wednesday, 国庆节
      "2026-10-17", // an ordinary Saturday
      "2026-10-18", // an ordinary Sunday
      "2022-12-31", // in the 2023 notice
      "2023-01-02"}) // Monday, 元旦 of the 2023 notice
  void holidaysAndOrdinaryWeekendsAreOff(String date) {
    assertFalse(DAYS.isWorkingDay(d(date)));
  }

  @Test
  void ordinaryWeekdaysAreWorkingDays() {
    assertTrue(DAYS.isWorkingDay(d("2026-10-12"))); // Monday
    assertTrue(DAYS.isWorkingDay(d("2026-10-09"))); // Friday after 国庆
    assertTrue(DAYS.isWorkingDay(d("2020-02-03"))); // listed as a working day (COVID notice), a Monday
  }

  @ParameterizedTest(name = "received {0}, {1} working day(s): last day {2}")
  @CsvSource({
      // 2022 春节: off Mon 01-31 .. Sun 02-06; Sat 01-29 and Sun 01-30 are working days
      "2022-01-28, 1, 2022-01-29",
      "2022-01-28, 3, 2022-02-07",
      "2022-01-30, 1, 2022-02-07",
      "2022-01-28, 15, 2022-02-23",
      // 2022 中秋 Sat 09-10 .. Mon 09-12; 国庆 Sat 10-01 .. Fri 10-07, Sat 10-08 and Sun 10-09 working
      "2022-09-09, 1, 2022-09-13",
      "2022-09-30, 1, 2022-10-08",
      "2022-09-30, 15, 2022-10-26",
      // 2023 春节: off Sat 01-21 .. Fri 01-27; Sat 01-28 and Sun 01-29 working
      "2023-01-20, 1, 2023-01-28",
      "2023-01-20, 15, 2023-02-15",
      // 2023 中秋、国庆: off Fri 09-29 .. Fri 10-06; Sat 10-07 and Sun 10-08 working
      "2023-09-28, 1, 2023-10-07",
      "2023-09-28, 15, 2023-10-25",
      // 2024 春节: Sun 02-04 working, off Sat 02-10 .. Sat 02-17, Sun 02-18 working
      "2024-02-03, 1, 2024-02-04",
      "2024-02-09, 1, 2024-02-18",
      "2024-02-09, 15, 2024-03-07",
      // 2024 国庆: Sun 09-29 working, off Tue 10-01 .. Mon 10-07, Sat 10-12 working
      "2024-09-29, 1, 2024-09-30",
      "2024-09-30, 1, 2024-10-08",
      "2024-09-30, 15, 2024-10-25",
      // 2025 春节: Sun 01-26 working, off Tue 01-28 .. Tue 02-04, Sat 02-08 working
      "2025-01-24, 1, 2025-01-26",
      "2025-01-27, 1, 2025-02-05",
      "2025-01-27, 15, 2025-02-24",
      // 2025 国庆、中秋: Sun 09-28 working, off Wed 10-01 .. Wed 10-08, Sat 10-11 working
      "2025-09-26, 1, 2025-09-28",
      "2025-09-30, 1, 2025-10-09",
      "2025-09-30, 15, 2025-10-28",
      // 2026 春节: Sat 02-14 working, off Sun 02-15 .. Mon 02-23, Sat 02-28 working
      "2026-02-13, 1, 2026-02-14",
      "2026-02-14, 1, 2026-02-24",
      "2026-02-13, 15, 2026-03-12",
      "2026-02-18, 1, 2026-02-24",  // received on a holiday
      "2026-02-18, 15, 2026-03-13",
      // 2026 中秋 Fri 09-25 .. Sun 09-27; 国庆 Thu 10-01 .. Wed 10-07; Sun 09-20 and Sat 10-10 working
      "2026-09-18, 1, 2026-09-20",  // received on a Friday evening: the 调休 Sunday is the deadline
      "2026-09-24, 1, 2026-09-28",
      "2026-09-24, 3, 2026-09-30",
      "2026-09-24, 4, 2026-10-08",
      "2026-09-30, 1, 2026-10-08",
      "2026-10-01, 1, 2026-10-08",  // received on a holiday
      "2026-09-30, 15, 2026-10-27",
      "2026-10-01, 15, 2026-10-27",
      // New Year across the years
      "2022-12-30, 1, 2023-01-03",  // 2022-12-31 .. 2023-01-02 off (2023 notice)
      "2024-12-31, 1, 2025-01-02",
      "2025-12-31, 1, 2026-01-04",  // 01-01 .. 01-03 off, Sun 01-04 working
      "2026-12-30, 1, 2026-12-31"})
  void theNthWorkingDayAfterReceipt(String received, int n, String expected) {
    assertEquals(d(expected), DAYS.nthWorkingDayAfter(d(received), n));
  }

  @Test
  void aDeadlineReachingIntoTheUnpublished2027IsAnErrorNotAGuess() {
    CalendarMissingException e = assertThrows(CalendarMissingException.class,
        () -> DAYS.nthWorkingDayAfter(d("2026-12-30"), 2));
    assertEquals(2027, e.year());
    assertEquals("calendar.year.missing", e.code());
    assertEquals(2027, assertThrows(CalendarMissingException.class,
        () -> DAYS.nthWorkingDayAfter(d("2026-12-15"), 15)).year());
    assertEquals(2027, assertThrows(CalendarMissingException.class,
        () -> DAYS.isWorkingDay(d("2027-01-04"))).year());
    assertEquals(2019, assertThrows(CalendarMissingException.class,
        () -> DAYS.isWorkingDay(d("2019-12-31"))).year());
  }

  @Test
  void theLastDayOfAYearNeedsItsOwnYearLoadedAndTheNextNoticesDaysApply() {
    WorkingDays only2022 = WorkingDays.of(SHIPPED.stream().filter(n -> n.year() == 2022).toList());
    assertEquals(2023, assertThrows(CalendarMissingException.class,
        () -> only2022.nthWorkingDayAfter(d("2022-12-30"), 1)).year());
    WorkingDays only2023 = WorkingDays.of(SHIPPED.stream().filter(n -> n.year() == 2023).toList());
    assertEquals(2022, assertThrows(CalendarMissingException.class,
        () -> only2023.isWorkingDay(d("2022-12-31"))).year());
  }

  @ParameterizedTest(name = "paused after {0} until {1}: {2} working days")
  @CsvSource({
      "2026-09-30, 2026-10-08, 1",   // 国庆 inside the pause
      "2026-02-13, 2026-02-28, 6",   // 02-14, 02-24 .. 02-27, Sat 02-28
      "2025-12-31, 2026-01-05, 2",   // Sun 01-04 and Mon 01-05
      "2022-12-30, 2023-01-03, 1",   // across the years: only 01-03
      "2026-10-12, 2026-10-12, 0",   // a pause ended the day it began
      "2026-10-12, 2026-10-09, 0"})  // end before start
  void workingDaysOfAPause(String from, String to, int expected) {
    assertEquals(expected, DAYS.workingDaysBetween(d(from), d(to)));
  }

  @Test
  void aPauseReachingInto2027CannotBeCounted() {
    assertEquals(2027, assertThrows(CalendarMissingException.class,
        () -> DAYS.workingDaysBetween(d("2026-12-30"), d("2027-01-04"))).year());
  }

  @Test
  void noWorkingDayCountIsBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> DAYS.nthWorkingDayAfter(d("2026-10-12"), 0));
  }
}
