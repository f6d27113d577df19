package cn.ggzy.server.application.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.CalendarAdministration;
import cn.ggzy.server.application.CalendarYearView;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calendar administration through the real wiring, and the working calendar it feeds. */
class CalendarAdministrationTest {
  private static final RegionCode MACHENG = RegionCode.of("421181");
  private static final Caller ADMIN = new Caller(Login.parse("admin"), TenantId.of("421181-jgb"),
      Set.of(Role.SYSTEM_ADMIN), "系统管理员");
  private static final Caller MACHENG_LEADER = new Caller(Login.parse("leader-mc"),
      TenantId.of("421181-jgb"), Set.of(Role.OFFICE_LEADER), "监管办领导");
  private static final Caller MACHENG_HEAD = new Caller(Login.parse("head-zjj"),
      TenantId.of("421181-zjj"), Set.of(Role.DEPARTMENT_HEAD), "住建局负责人");

  /** A made-up 2027 notice: Friday 2027-01-01 off, and whatever else the test names. */
  static byte[] notice2027(String... moreOffDays) {
    StringBuilder days = new StringBuilder("{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}");
    for (String d : moreOffDays) {
      days.append(",{\"name\":\"元旦\",\"date\":\"").append(d).append("\",\"isOffDay\":true}");
    }
    return ("{\"year\":2027,\"papers\":[\"https://www.gov.cn/zhengce/2027.htm\"],\"days\":[" + days + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private final CalendarAdministration calendars = TestContainer.get(CalendarAdministration.class);
  private final WorkingCalendar calendar = TestContainer.get(WorkingCalendar.class);
  private final TenantDirectory directory = TestContainer.get(TenantDirectory.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);

  private RegionCode newRegion(String code) {
    directory.addRegion(ADMIN, code, "测试市" + code, "Test " + code, "测", "测试市监管办", "Test Office");
    return RegionCode.of(code);
  }

  @Test
  void aRegionAddedAfterStartHasTheShippedYearsInForce() {
    RegionCode region = newRegion("429201");
    List<CalendarYearView> years = calendars.years(ADMIN, region);
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), years.stream().map(CalendarYearView::year).toList());
    CalendarYearView y2026 = years.get(6);
    assertTrue(y2026.shipped());
    assertEquals(33, y2026.offDays());
    assertEquals(6, y2026.adjustedWorkingDays());
    assertEquals(List.of("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"), y2026.papers());
    assertNull(y2026.loadedAt());
    assertEquals(LocalDate.of(2026, 10, 8), calendar.nthWorkingDayAfter(region, LocalDate.of(2026, 9, 30), 1));
  }

  @Test
  void fromTheFirstOfNovemberTheOfficeIsRemindedOfNextYearsNoticeUntilItIsLoaded() {
    RegionCode region = newRegion("429206");
    try {
      TestClock.set(LocalDate.of(2026, 10, 31), 18);
      assertEquals(Optional.empty(), calendars.yearToLoad(ADMIN, region), "not before 1 November");
      TestClock.set(LocalDate.of(2026, 11, 1), 0);
      assertEquals(Optional.of(2027), calendars.yearToLoad(ADMIN, region));
      assertEquals(Optional.of(2027), calendars.yearToLoad(MACHENG_LEADER, MACHENG));
      assertThrows(AccessDeniedException.class, () -> calendars.yearToLoad(MACHENG_HEAD, MACHENG));
      calendars.upload(ADMIN, region, "2027.json", notice2027());
      assertEquals(Optional.empty(), calendars.yearToLoad(ADMIN, region), "loaded");
      TestClock.set(LocalDate.of(2027, 11, 2), 9);
      assertEquals(Optional.of(2028), calendars.yearToLoad(ADMIN, region));
    } finally {
      TestClock.reset();
    }
  }

  @Test
  void aNoticeEnteredByHandIsCheckedLikeAFileAndTakesEffect() {
    RegionCode region = newRegion("429207");
    var newYear = new HolidayNotice.Day("元旦", LocalDate.of(2027, 1, 1), true);
    var monday = new HolidayNotice.Day("元旦", LocalDate.of(2027, 1, 4), true);
    DomainException noPaper = assertThrows(DomainException.class,
        () -> calendars.enter(ADMIN, region, 2027, List.of("gov.cn"), List.of(newYear)));
    assertEquals("papers[0]", noPaper.field());
    DomainException twice = assertThrows(DomainException.class,
        () -> calendars.enter(ADMIN, region, 2027, List.of("https://www.gov.cn/2027.htm"), List.of(newYear, newYear)));
    assertEquals("days[1].date", twice.field());
    assertEquals(2027, calendar.provisionalYear(region, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5)));

    CalendarYearView entered = calendars.enter(ADMIN, region, 2027, List.of("https://www.gov.cn/2027.htm"),
        List.of(newYear, monday));
    assertEquals(2, entered.offDays());
    assertNull(calendar.provisionalYear(region, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5)));
    assertEquals(LocalDate.of(2027, 1, 5), calendar.nthWorkingDayAfter(region, LocalDate.of(2026, 12, 30), 2));
    assertThrows(AccessDeniedException.class,
        () -> calendars.enter(MACHENG_HEAD, MACHENG, 2027, List.of("https://www.gov.cn/2027.htm"), List.of(newYear)));
  }

  @Test
  void anUploadTakesEffectAtOnceForItsRegionOnlyAndIsAudited() {
    RegionCode region = newRegion("429202");
    TenantId office = TenantId.of("429202-jgb");
    // before the notice: provisional, on weekends and 元旦 by law
    assertEquals(LocalDate.of(2027, 1, 4), calendar.nthWorkingDayAfter(region, LocalDate.of(2026, 12, 30), 2));
    assertEquals(2027, calendar.provisionalYear(region, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4)));

    CalendarYearView uploaded = calendars.upload(ADMIN, region, "2027.json", notice2027());
    assertEquals(2027, uploaded.year());
    assertEquals("admin", uploaded.loadedBy());
    // Thu 12-31 is the first; Fri 01-01 off, weekend, Mon 01-04 the second
    assertEquals(LocalDate.of(2027, 1, 4), calendar.nthWorkingDayAfter(region, LocalDate.of(2026, 12, 30), 2));
    assertNull(calendar.provisionalYear(region, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4)));
    assertEquals(2027, calendar.provisionalYear(MACHENG, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4)),
        "the other region has no 2027 notice");
    assertTrue(audit.recent(office, 5).stream().anyMatch(e -> e.action().equals("calendar.uploaded")
        && e.target().equals("calendar:429202:2027") && e.actor().equals("admin") && e.reason() == null));

    calendars.upload(ADMIN, region, null, notice2027("2027-01-04"));
    assertEquals(LocalDate.of(2027, 1, 5), calendar.nthWorkingDayAfter(region, LocalDate.of(2026, 12, 30), 2));
    assertTrue(audit.recent(office, 5).stream().anyMatch(e -> e.action().equals("calendar.uploaded")
        && e.reason() != null && e.reason().contains("admin")));
    assertEquals(1, calendars.years(ADMIN, region).stream().filter(y -> y.year() == 2027).count());
  }

  @Test
  void anOfficeLeaderKeepsTheOwnRegionOnlyAndOthersNothing() {
    RegionCode other = newRegion("429203");
    assertEquals(List.of(MACHENG), calendars.administrableRegions(MACHENG_LEADER).stream().map(r -> r.code()).toList());
    assertEquals(7, calendars.years(MACHENG_LEADER, MACHENG).stream().filter(y -> y.year() <= 2026).count());
    assertThrows(AccessDeniedException.class, () -> calendars.years(MACHENG_LEADER, other));
    assertThrows(AccessDeniedException.class, () -> calendars.upload(MACHENG_LEADER, other, null, notice2027()));
    assertThrows(AccessDeniedException.class, () -> calendars.updateSettings(MACHENG_LEADER, other, 2, 20));
    assertThrows(AccessDeniedException.class, () -> calendars.years(MACHENG_HEAD, MACHENG));
    assertThrows(AccessDeniedException.class, () -> calendars.upload(MACHENG_HEAD, MACHENG, null, notice2027()));
    assertTrue(calendars.administrableRegions(MACHENG_HEAD).isEmpty());
    assertEquals(2027, calendar.provisionalYear(other, LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 4)));
  }

  @Test
  void aWrongFileIsRefusedWithItsFieldAndNothingChanges() {
    RegionCode region = newRegion("429204");
    DomainException mismatch = assertThrows(DomainException.class,
        () -> calendars.upload(ADMIN, region, "C:\\notices\\2028.json", notice2027()));
    assertEquals("calendar.upload.year.mismatch", mismatch.code());
    assertEquals("year", mismatch.field());
    DomainException empty = assertThrows(DomainException.class, () -> calendars.upload(ADMIN, region, "2027.json",
        "{\"year\":2027,\"papers\":[],\"days\":[]}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("calendar.upload.days.empty", empty.code());
    assertFalse(calendars.years(ADMIN, region).stream().anyMatch(y -> y.year() == 2027));
    DomainException unknown = assertThrows(DomainException.class,
        () -> calendars.upload(ADMIN, RegionCode.of("429299"), null, notice2027()));
    assertEquals("region.unknown", unknown.code());
  }

  @Test
  void settingsChangeTheRegionsClocksAtOnceWithinTheLegalCeilings() {
    RegionCode region = newRegion("429205");
    assertEquals(DeadlineSettings.MACHENG, calendar.settings(region));
    assertEquals(new DeadlineSettings(2, 20), calendars.updateSettings(ADMIN, region, 2, 20));
    assertEquals(new DeadlineSettings(2, 20), calendar.settings(region));
    assertEquals(new DeadlineSettings(2, 20), calendars.settings(ADMIN, region));
    assertEquals(DeadlineSettings.MACHENG, calendar.settings(MACHENG));
    assertEquals("calendar.settings.acceptance.range", assertThrows(DomainException.class,
        () -> calendars.updateSettings(ADMIN, region, 4, 20)).code());
    assertEquals("calendar.settings.completion.range", assertThrows(DomainException.class,
        () -> calendars.updateSettings(ADMIN, region, 1, 31)).code());
    assertEquals(new DeadlineSettings(2, 20), calendar.settings(region));
    assertTrue(audit.recent(TenantId.of("429205-jgb"), 5).stream()
        .anyMatch(e -> e.action().equals("calendar.settings.changed") && e.target().equals("calendar-settings:429205")));
  }

  @Test
  void aDeadlineEndsAtMidnightInShanghaiAfterTheLastWorkingDay() {
    // 2026-09-30T20:00Z is already 1 October in Shanghai, a holiday; 8 October is the first working day
    var deadline = calendar.deadline(MACHENG, Instant.parse("2026-09-30T20:00:00Z"), 1);
    assertEquals(LocalDate.of(2026, 10, 8), deadline.lastWorkingDay());
    assertEquals(ZonedDateTime.parse("2026-10-09T00:00+08:00[Asia/Shanghai]"), deadline.due());
  }

  @Test
  void manyDeadlinesAreComputedFromMemory() {
    LocalDate start = LocalDate.of(2026, 1, 5);
    calendar.nthWorkingDayAfter(MACHENG, start, 30);
    long began = System.nanoTime();
    for (int i = 0; i < 20_000; i++) {
      calendar.nthWorkingDayAfter(MACHENG, start.plusDays(i % 300), 30);
    }
    long millis = (System.nanoTime() - began) / 1_000_000;
    assertTrue(millis < 2_000, "20,000 deadlines of 30 working days took " + millis + " ms");
  }
}
