package cn.ggzy.server.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.StatutoryHolidays;
import cn.ggzy.server.domain.model.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provisional calendar of a year without its notice, from the statutory holidays (lunar dates
 * and 清明 from lunar-java), checked against the State Council notices we have.
 */
class StatutoryHolidaysTest {
  static final StatutoryHolidays LAW = new StatutoryHolidays(new LunarJavaDates());
  static final List<HolidayNotice> SHIPPED = ClasspathShippedNotices.load();

  private static Set<LocalDate> off(int year) {
    return LAW.daysOff(year).stream().map(HolidayNotice.Day::date).collect(Collectors.toSet());
  }

  private static Set<LocalDate> holidaysOnly(int year) {
    return LAW.daysOff(year).stream().filter(d -> !d.name().endsWith(StatutoryHolidays.COMPENSATION))
        .map(HolidayNotice.Day::date).collect(Collectors.toSet());
  }

  private static HolidayNotice notice(int year) {
    return SHIPPED.stream().filter(n -> n.year() == year).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void everyStatutoryHolidayIsOffInThatYearsNotice(int year) {
    WorkingDays real = WorkingDays.of(SHIPPED);
    for (LocalDate day : holidaysOnly(year)) {
      assertFalse(real.isWorkingDay(day), year + ": the law's holiday " + day + " is a working day in the notice");
    }
  }

  /**
   * The notices move days around with 调休, but over a whole year they take as many working days
   * as the law's holidays and compensatory days: the provisional year has the real number of
   * working days. (2020 is left out: the epidemic extended 春节 by a separate notice.)
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2021, 2022, 2023, 2024, 2025, 2026})
  void aProvisionalYearHasAsManyWorkingDaysAsTheNoticeMade(int year) {
    WorkingDays real = WorkingDays.of(SHIPPED);
    WorkingDays provisional = WorkingDays.of(SHIPPED.stream().filter(n -> n.year() != year).toList(), LAW);
    LocalDate eve = LocalDate.of(year - 1, 12, 31);
    LocalDate last = LocalDate.of(year, 12, 31);
    assertEquals(year, provisional.provisionalYear(eve, last));
    assertNull(real.provisionalYear(eve, last));
    assertEquals(real.workingDaysBetween(eve, last), provisional.workingDaysBetween(eve, last), "working days of " + year);
  }

  @Test
  void aFifteenWorkingDayDeadlineOfAProvisionalYearIsNeverEarlierThanTheRealOneByMoreThanAWeek() {
    for (int year = 2021; year <= 2026; year++) {
      int finalYear = year;
      WorkingDays real = WorkingDays.of(SHIPPED, LAW);
      WorkingDays provisional = WorkingDays.of(SHIPPED.stream().filter(n -> n.year() != finalYear).toList(), LAW);
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        long shift = provisional.nthWorkingDayAfter(d, 15).toEpochDay() - real.nthWorkingDayAfter(d, 15).toEpochDay();
        assertTrue(Math.abs(shift) <= 7, year + ": from " + d + " the provisional deadline is " + shift + " days off");
      }
    }
  }

  @Test
  void springFestivalOf2025OnTakesFourDaysFromNewYearsEve() {
    // 2025: 除夕 28 January (Tuesday) to 初三 31 January
    assertTrue(off(2025).containsAll(Set.of(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
        LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31))));
    // 2027 (no notice yet): 除夕 Friday 5 February, 初一 and 初二 on the weekend, 初三 Monday 8 February;
    // the two weekend days are owed on Tuesday 9 and Wednesday 10 February
    List<HolidayNotice.Day> springFestival = LAW.daysOff(2027).stream().filter(d -> d.name().startsWith("春节"))
        .toList();
    assertEquals(List.of("2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10"),
        springFestival.stream().map(d -> d.date().toString()).toList());
    assertEquals("春节（补假）", springFestival.get(4).name());
  }

  @Test
  void aSpringFestivalInJanuaryIsCountedInItsOwnYear() {
    // 2028: 春节 on Wednesday 26 January, 除夕 Tuesday 25 January
    assertTrue(off(2028).containsAll(Set.of(LocalDate.of(2028, 1, 25), LocalDate.of(2028, 1, 26),
        LocalDate.of(2028, 1, 27), LocalDate.of(2028, 1, 28))));
    WorkingDays provisional = WorkingDays.of(SHIPPED, LAW);
    // received Friday 21 January 2028: the 2nd working day is Monday 31 January (25–28 off, then the weekend)
    assertEquals(LocalDate.of(2028, 1, 31), provisional.nthWorkingDayAfter(LocalDate.of(2028, 1, 21), 2));
    assertEquals(2028, provisional.provisionalYear(LocalDate.of(2028, 1, 21), LocalDate.of(2028, 1, 31)));
    // 2023 under the 2013 revision: 初一 Sunday 22 January is owed on Wednesday 25 January
    assertTrue(off(2023).containsAll(Set.of(LocalDate.of(2023, 1, 23), LocalDate.of(2023, 1, 24),
        LocalDate.of(2023, 1, 25))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2027-01-01, 元旦",
      "2027-04-05, 清明",
      "2027-05-03, 劳动节（补假）",  // 1 May 2027 is a Saturday, 2 May a Sunday
      "2027-05-04, 劳动节（补假）",
      "2027-06-09, 端午",
      "2027-09-15, 中秋",
      "2027-10-01, 国庆节",
      "2027-10-04, 国庆节（补假）",  // 2 and 3 October 2027 are the weekend
      "2027-10-05, 国庆节（补假）",
      // 2020: 中秋 fell on 1 October, a day already off: one more day owed after the block
      "2020-10-05, 国庆节（补假）",
      "2020-10-06, 国庆节（补假）"})
  void eachHolidayAndItsCompensationByLaw(String date, String name) {
    LocalDate day = LocalDate.parse(date);
    assertEquals(List.of(name), LAW.daysOff(day.getYear()).stream().filter(d -> d.date().equals(day))
        .map(HolidayNotice.Day::name).toList());
  }

  @Test
  void noAdjustedWorkingDayIsGuessed() {
    WorkingDays provisional = WorkingDays.of(List.of(), LAW);
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() >= 6) {
        assertFalse(provisional.isWorkingDay(d), d + " is a weekend day");
      }
    }
  }

  @Test
  void yearsOutsideWhatACalendarHoldsAreStillRefused() {
    WorkingDays provisional = WorkingDays.of(SHIPPED, LAW);
    // ten years after the last notice (2026) are judged provisionally, no further
    assertEquals(2036, provisional.provisionalYear(LocalDate.of(2036, 12, 1), LocalDate.of(2036, 12, 31)));
    assertEquals(2037, assertThrows(CalendarMissingException.class,
        () -> provisional.nthWorkingDayAfter(LocalDate.of(2036, 12, 30), 5)).year());
    assertEquals(2019, assertThrows(CalendarMissingException.class,
        () -> provisional.isWorkingDay(LocalDate.of(2019, 12, 31))).year(), "nor before the first notice");
    assertThrows(CalendarMissingException.class, () -> LAW.daysOff(1999));
  }
}
