package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The two legal clocks of a case, derived from its facts: the acceptance deadline (N working days
 * after the day of receipt) and the completion deadline (M working days after the day of
 * acceptance, plus approved extensions, plus the working days of every ended pause). When a
 * count runs through a year whose State Council notice is not loaded, the deadline is computed
 * provisionally (weekends and statutory holidays, without 调休) and {@code missingYear} names the
 * first such year: the deadline is shown as provisional until that notice is loaded, then derived
 * again. A deadline beyond the years a calendar can hold stays unknown.
 */
public record CaseDeadlines(Instant acceptanceDue, Instant completionDue, Integer missingYear,
    int pausedWorkingDays) {
  public static final CaseDeadlines NONE = new CaseDeadlines(null, null, null, 0);

  static CaseDeadlines compute(WorkingCalendar calendar, RegionCode region, LocalDate receivedOn,
      int acceptanceDays, LocalDate acceptedOn, int completionDays, int extensionDays,
      List<Pause> pauses) {
    Instant acceptance = null;
    Instant completion = null;
    Integer missing = null;
    int paused = 0;
    try {
      LocalDate last = calendar.nthWorkingDayAfter(region, receivedOn, acceptanceDays);
      acceptance = WorkingCalendar.endOf(last).toInstant();
      missing = calendar.provisionalYear(region, receivedOn, last);
    } catch (CalendarMissingException e) {
      missing = e.year();
    }
    if (acceptedOn != null) {
      try {
        for (Pause pause : pauses) {
          if (!pause.open()) {
            paused += calendar.workingDaysBetween(region, pause.startedOn(), pause.endedOn());
          }
        }
        LocalDate last = calendar.nthWorkingDayAfter(region, acceptedOn, completionDays + extensionDays + paused);
        completion = WorkingCalendar.endOf(last).toInstant();
        missing = earliest(missing, calendar.provisionalYear(region, acceptedOn, last));
      } catch (CalendarMissingException e) {
        missing = earliest(missing, e.year());
      }
    }
    return new CaseDeadlines(acceptance, completion, missing, paused);
  }

  /** The acceptance deadline is provisional: its count ran into {@link #missingYear()}. */
  public boolean acceptanceProvisional() {
    return provisional(acceptanceDue, missingYear);
  }

  /** The completion deadline is provisional: its count ran into {@link #missingYear()}. */
  public boolean completionProvisional() {
    return provisional(completionDue, missingYear);
  }

  /**
   * Whether a clock ending at {@code due} is provisional: its count runs from its start (not
   * before the receipt) to its last day, so it relied on {@code missingYear} when that year is
   * not after the last day.
   */
  public static boolean provisional(Instant due, Integer missingYear) {
    return due != null && missingYear != null
        && due.atZone(WorkingCalendar.ZONE).toLocalDate().minusDays(1).getYear() >= missingYear;
  }

  private static Integer earliest(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
  }
}
