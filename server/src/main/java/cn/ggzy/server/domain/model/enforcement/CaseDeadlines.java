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
 * deadline falls in a year without a loaded calendar it stays unknown and {@code missingYear}
 * says which year must be loaded: it is shown, never guessed.
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
      acceptance = WorkingCalendar.endOf(calendar.nthWorkingDayAfter(region, receivedOn, acceptanceDays))
          .toInstant();
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
        completion = WorkingCalendar.endOf(calendar.nthWorkingDayAfter(region, acceptedOn,
            completionDays + extensionDays + paused)).toInstant();
      } catch (CalendarMissingException e) {
        missing = missing == null ? e.year() : Math.min(missing, e.year());
      }
    }
    return new CaseDeadlines(acceptance, completion, missing, paused);
  }
}
