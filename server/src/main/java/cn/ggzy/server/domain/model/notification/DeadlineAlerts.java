package cn.ggzy.server.domain.model.notification;

import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which deadline alert a running clock calls for now. Acceptance clock: when its last working day
 * starts, and when overdue. Completion clock: 3 and 1 working days before its last day, and when
 * overdue. Overdue alerts also go to the department's heads and the office's leaders. Alerts before
 * the deadline are sent from the start of a working day (08:00), never at night.
 */
public final class DeadlineAlerts {
  public static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
  /** How far ahead the scan must look: 3 working days can span the National Day holiday. */
  public static final Duration HORIZON = Duration.ofDays(21);

  private DeadlineAlerts() {}

  /** The alert due for {@code clock} at {@code now}, if any; {@code office} is the region's office. */
  public static Optional<NotificationIntent> due(CaseClock clock, Instant now, WorkingCalendar calendar,
      TenantId office) {
    if (clock.due() == null || clock.paused()) {
      return Optional.empty();
    }
    Optional<NotificationKind> kind;
    try {
      kind = kind(clock, now, calendar);
    } catch (CalendarMissingException e) {
      return Optional.empty();
    }
    return kind.map(k -> new NotificationIntent(NotificationIntent.alertId(clock.subject().caseId(), k, clock.due()),
        k, clock.subject(), now, null, null, clock.due(), audiences(k, clock, office)));
  }

  private static Optional<NotificationKind> kind(CaseClock clock, Instant now, WorkingCalendar calendar) {
    if (!now.isBefore(clock.due())) {
      return Optional.of(clock.acceptance() ? NotificationKind.ACCEPTANCE_OVERDUE : NotificationKind.COMPLETION_OVERDUE);
    }
    ZonedDateTime local = now.atZone(WorkingCalendar.ZONE);
    LocalDate today = local.toLocalDate();
    LocalDate lastDay = clock.due().atZone(WorkingCalendar.ZONE).toLocalDate().minusDays(1);
    if (local.toLocalTime().isBefore(WORKDAY_START)
        || !calendar.isWorkingDay(clock.subject().owner().region(), today)) {
      return Optional.empty();
    }
    if (clock.acceptance()) {
      return today.equals(lastDay) ? Optional.of(NotificationKind.ACCEPTANCE_DUE_TODAY) : Optional.empty();
    }
    int remaining = calendar.workingDaysBetween(clock.subject().owner().region(), today, lastDay);
    if (remaining <= 1) {
      return Optional.of(NotificationKind.COMPLETION_DUE_IN_1);
    }
    return remaining <= 3 ? Optional.of(NotificationKind.COMPLETION_DUE_IN_3) : Optional.empty();
  }

  static List<Audience> audiences(NotificationKind kind, CaseClock clock, TenantId office) {
    TenantId owner = clock.subject().owner();
    List<Audience> to = new ArrayList<>();
    if (clock.assignee() != null) {
      to.add(Audience.officer(owner, clock.assignee()));
    }
    boolean overdue = !kind.mutable();
    if (overdue || clock.acceptance() || clock.assignee() == null) {
      to.add(Audience.heads(owner));
    }
    if (overdue) {
      to.add(Audience.officeLeaders(office));
    }
    return to;
  }
}
