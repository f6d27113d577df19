package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.InspectionTasks;
import cn.ggzy.server.application.InspectionViews.PublicationClock;
import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.service.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The publication clock of a concluded task: 20 working days from the conclusion (the day of
 * conclusion not counted; the deadline is 24:00 of the last working day), on the region's calendar
 * (provisional while the count runs through a year without its notice).
 */
final class PublicationClocks {
  private final WorkingCalendar calendar;

  PublicationClocks(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  PublicationClock of(InspectionTask task, Instant now) {
    var conclusion = task.state().conclusion();
    if (conclusion == null) {
      return null;
    }
    var region = task.tenantId().region();
    try {
      Deadline deadline = calendar.deadline(region, conclusion.at(), InspectionTasks.PUBLICATION_WORKING_DAYS);
      Instant due = deadline.due().toInstant();
      LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
      int left = today.isAfter(deadline.lastWorkingDay()) ? 0
          : calendar.workingDaysBetween(region, today, deadline.lastWorkingDay());
      return new PublicationClock(conclusion.at(), deadline.lastWorkingDay(), due, left, now.isAfter(due),
          deadline.provisional(), deadline.provisionalYear());
    } catch (CalendarMissingException e) {
      return new PublicationClock(conclusion.at(), null, null, null, false, false, e.year());
    }
  }
}
