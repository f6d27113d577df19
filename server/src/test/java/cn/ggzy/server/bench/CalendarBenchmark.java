package cn.ggzy.server.bench;

import cn.ggzy.server.domain.model.calendar.StatutoryHolidays;
import cn.ggzy.server.domain.model.calendar.WorkingDays;
import cn.ggzy.server.infrastructure.calendar.ClasspathShippedNotices;
import cn.ggzy.server.infrastructure.calendar.LunarJavaDates;
import java.time.LocalDate;

/**
 * What provisional calendars cost ({@code server/bench/calendar.sh}): the first build of a
 * region's calendar in a fresh JVM (the lunar library's tables and the years judged provisionally
 * after the shipped notices), a later build (a region's cache refresh), and one 15-working-day
 * deadline with its provisional check.
 */
public final class CalendarBenchmark {
  private CalendarBenchmark() {}

  public static void main(String[] args) {
    var shipped = ClasspathShippedNotices.load();
    var law = new StatutoryHolidays(new LunarJavaDates());
    long t0 = System.nanoTime();
    WorkingDays days = WorkingDays.of(shipped, law);
    long t1 = System.nanoTime();
    System.out.printf("first build, fresh JVM (lunar tables, %d provisional years): %.1f ms%n",
        WorkingDays.PROVISIONAL_YEARS_AHEAD, (t1 - t0) / 1e6);
    for (int i = 0; i < 100; i++) {
      WorkingDays.of(shipped, law);
    }
    int builds = 500;
    t0 = System.nanoTime();
    for (int i = 0; i < builds; i++) {
      WorkingDays.of(shipped, law);
    }
    t1 = System.nanoTime();
    System.out.printf("later build (a region's cache refresh): %.3f ms%n", (t1 - t0) / 1e6 / builds);
    LocalDate start = LocalDate.of(2026, 12, 1);
    long provisional = 0;
    for (int i = 0; i < 200_000; i++) {
      provisional += days.nthWorkingDayAfter(start.plusDays(i % 400), 15).getDayOfMonth();
    }
    int deadlines = 2_000_000;
    provisional = 0;
    t0 = System.nanoTime();
    for (int i = 0; i < deadlines; i++) {
      LocalDate from = start.plusDays(i % 400);
      if (days.provisionalYear(from, days.nthWorkingDayAfter(from, 15)) != null) {
        provisional++;
      }
    }
    t1 = System.nanoTime();
    System.out.printf("15-working-day deadline with its provisional check: %.2f µs (%d of %d provisional)%n",
        (t1 - t0) / 1e3 / deadlines, provisional, deadlines);
  }
}
