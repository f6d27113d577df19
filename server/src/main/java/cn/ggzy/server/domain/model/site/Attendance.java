package cn.ggzy.server.domain.model.site;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A person's attendance under a rule: each day whether it is a working day, the check-ins decided
 * present and whether they make a day on site; each week the working days, the days required and
 * whether the rule was met. A day on site that is not a working day counts too (work on a weekend is
 * attendance), but the requirement follows the working days.
 */
public final class Attendance {
  private Attendance() {}

  /** One day of one person. */
  public record AttendanceDay(LocalDate day, boolean working, int present, boolean onSite, List<String> checkIns) {
    public AttendanceDay {
      checkIns = List.copyOf(checkIns);
    }
  }

  /** One Monday–Sunday week of one person. */
  public record AttendanceWeek(LocalDate monday, int workingDays, int required, int onSiteDays, boolean met) {}

  /** The days from {@code from} to {@code to} (inclusive). */
  public static List<AttendanceDay> days(AttendanceRule rule, List<CheckIn> checkIns, LocalDate from, LocalDate to,
      Predicate<LocalDate> workingDay, ZoneId zone) {
    Map<LocalDate, List<CheckIn>> byDay = new TreeMap<>();
    for (CheckIn c : checkIns) {
      if (c.outcome() == CheckInOutcome.PRESENT) {
        byDay.computeIfAbsent(LocalDate.ofInstant(c.at(), zone), d -> new ArrayList<>()).add(c);
      }
    }
    List<AttendanceDay> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      List<CheckIn> present = byDay.getOrDefault(d, List.of());
      days.add(new AttendanceDay(d, workingDay.test(d), present.size(), onSite(rule, present),
          present.stream().map(CheckIn::id).toList()));
    }
    return days;
  }

  private static boolean onSite(AttendanceRule rule, List<CheckIn> present) {
    if (present.size() < rule.checkInsPerDay()) {
      return false;
    }
    if (rule.checkInsPerDay() < 2) {
      return true;
    }
    var first = present.stream().map(CheckIn::at).min(Comparable::compareTo).orElseThrow();
    var last = present.stream().map(CheckIn::at).max(Comparable::compareTo).orElseThrow();
    return Duration.between(first, last).compareTo(Duration.ofHours(rule.hoursApart())) >= 0;
  }

  /**
   * The week starting on the Monday of {@code day}: {@code days} must cover it (days outside are ignored),
   * and the days before {@code startDay} (the contract's start) neither require nor count.
   */
  public static AttendanceWeek week(AttendanceRule rule, List<AttendanceDay> days, LocalDate day, LocalDate startDay) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate sunday = monday.plusDays(6);
    int working = 0;
    int onSite = 0;
    for (AttendanceDay d : days) {
      if (d.day().isBefore(monday) || d.day().isAfter(sunday) || d.day().isBefore(startDay)) {
        continue;
      }
      working += d.working() ? 1 : 0;
      onSite += d.onSite() ? 1 : 0;
    }
    int required = Math.min(rule.daysPerWeek(), working);
    return new AttendanceWeek(monday, working, required, onSite, onSite >= required);
  }
}
