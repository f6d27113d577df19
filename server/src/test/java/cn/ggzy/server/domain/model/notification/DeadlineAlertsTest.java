package cn.ggzy.server.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which deadline alert is due when, and who gets it (Monday–Friday calendar, Asia/Shanghai). */
class DeadlineAlertsTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final CaseRef CASE = new CaseRef("c1", "麻监案〔2026〕第0001号", "标题", ZJJ);

  private static final WorkingCalendar WEEKDAYS = new WorkingCalendar() {
    @Override
    public boolean isWorkingDay(RegionCode region, LocalDate date) {
      return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate nthWorkingDayAfter(RegionCode region, LocalDate date, int n) {
      LocalDate d = date;
      for (int found = 0; found < n; ) {
        d = d.plusDays(1);
        found += isWorkingDay(region, d) ? 1 : 0;
      }
      return d;
    }

    @Override
    public int workingDaysBetween(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
      int n = 0;
      for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
        n += isWorkingDay(region, d) ? 1 : 0;
      }
      return n;
    }

    @Override
    public Integer provisionalYear(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
      return null;
    }

    @Override
    public DeadlineSettings settings(RegionCode region) {
      return DeadlineSettings.MACHENG;
    }
  };

  /** Friday 2026-11-13 is the last day: the deadline is Saturday 00:00. */
  private static final Instant DUE = WorkingCalendar.endOf(LocalDate.of(2026, 11, 13)).toInstant();

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  private static Optional<NotificationIntent> alert(boolean acceptance, String assignee, String now) {
    return DeadlineAlerts.due(new CaseClock(CASE, acceptance, DUE, false, assignee), at(now), WEEKDAYS, OFFICE);
  }

  @Test
  void theAcceptanceClockAlertsWhenItsLastWorkingDayStartsAndWhenOverdue() {
    assertTrue(alert(true, null, "2026-11-12T09:00").isEmpty(), "the day before: nothing yet");
    assertTrue(alert(true, null, "2026-11-13T07:30").isEmpty(), "not before the working day starts");
    NotificationIntent today = alert(true, null, "2026-11-13T08:00").orElseThrow();
    assertEquals(NotificationKind.ACCEPTANCE_DUE_TODAY, today.kind());
    assertEquals(List.of(Audience.heads(ZJJ)), today.audiences());
    NotificationIntent overdue = alert(true, null, "2026-11-14T00:00").orElseThrow();
    assertEquals(NotificationKind.ACCEPTANCE_OVERDUE, overdue.kind());
    assertEquals(List.of(Audience.heads(ZJJ), Audience.officeLeaders(OFFICE)), overdue.audiences(),
        "overdue goes up to the office's leaders");
  }

  @Test
  void theCompletionClockAlertsThreeAndOneWorkingDaysBeforeAndWhenOverdue() {
    assertTrue(alert(false, "zjj.li", "2026-11-09T09:00").isEmpty(), "4 working days left");
    NotificationIntent three = alert(false, "zjj.li", "2026-11-10T09:00").orElseThrow();
    assertEquals(NotificationKind.COMPLETION_DUE_IN_3, three.kind());
    assertEquals(List.of(Audience.officer(ZJJ, "zjj.li")), three.audiences(), "the officer in charge only");
    assertEquals(NotificationKind.COMPLETION_DUE_IN_1, alert(false, "zjj.li", "2026-11-12T09:00").orElseThrow().kind());
    assertTrue(alert(false, "zjj.li", "2026-11-14T09:00").map(a -> a.kind() == NotificationKind.COMPLETION_OVERDUE)
        .orElse(false));
    assertEquals(List.of(Audience.officer(ZJJ, "zjj.li"), Audience.heads(ZJJ), Audience.officeLeaders(OFFICE)),
        alert(false, "zjj.li", "2026-11-16T10:00").orElseThrow().audiences(),
        "overdue: the officer, the department head and the office leader");
    assertEquals(List.of(Audience.heads(ZJJ)), alert(false, null, "2026-11-10T09:00").orElseThrow().audiences(),
        "nobody in charge yet: the department's heads");
  }

  @Test
  void alertsHaveTheSameIdWheneverAndWhereverTheyAreFoundAndNoneWhileTheClockIsPaused() {
    assertEquals(alert(false, "zjj.li", "2026-11-10T09:00").orElseThrow().id(),
        alert(false, "zjj.li", "2026-11-11T15:00").orElseThrow().id(), "one DUE_IN_3 alert per deadline");
    assertEquals("c1:COMPLETION_OVERDUE:" + DUE.toEpochMilli(),
        alert(false, "zjj.li", "2026-11-20T09:00").orElseThrow().id());
    assertTrue(DeadlineAlerts.due(new CaseClock(CASE, false, DUE, true, "zjj.li"), at("2026-11-12T09:00"), WEEKDAYS,
        OFFICE).isEmpty(), "a paused clock has no alerts");
    assertTrue(alert(false, "zjj.li", "2026-11-14T09:00").isPresent() && alert(false, "zjj.li", "2026-11-15T09:00")
        .isPresent(), "overdue alerts are not held back at the weekend");
  }
}
