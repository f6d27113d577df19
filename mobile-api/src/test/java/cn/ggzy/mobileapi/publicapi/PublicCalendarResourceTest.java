package cn.ggzy.mobileapi.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.mobileapi.publicapi.PublicCalendarResource.DeadlineView;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.StatutoryHolidays;
import cn.ggzy.server.domain.model.calendar.WorkingDays;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.calendar.ClasspathShippedNotices;
import cn.ggzy.server.infrastructure.calendar.LunarJavaDates;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantCatalogue;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public deadline question on the shipped calendar of 麻城 (expected dates counted by hand). */
class PublicCalendarResourceTest {
  static final WorkingDays SHIPPED = WorkingDays.of(ClasspathShippedNotices.load(),
      new StatutoryHolidays(new LunarJavaDates()));

  final PublicCalendarResource resource = new PublicCalendarResource();

  PublicCalendarResourceTest() {
    resource.calendar = new ShippedCalendar();
    resource.directory = new OnlyMacheng();
  }

  @ParameterizedTest(name = "start {0}, {1} working day(s): due {3}")
  @CsvSource({
      // 20:00 UTC on 30 September is 04:00 on 1 October in Shanghai: 国庆 until 7 October
      "2026-09-30T20:00:00Z,      1,  2026-10-08, 2026-10-09T00:00:00+08:00",
      "2026-09-30T20:00Z,         15, 2026-10-27, 2026-10-28T00:00:00+08:00",
      // received on a Friday evening before 春节: Saturday 14 February is a working day
      "2026-02-13T19:30:00+08:00, 1,  2026-02-14, 2026-02-15T00:00:00+08:00",
      "2026-02-13T19:30:00+08:00, 15, 2026-03-12, 2026-03-13T00:00:00+08:00",
      "2026-02-13T15:59:59Z,      1,  2026-02-14, 2026-02-15T00:00:00+08:00",
      // one second later it is already Saturday 14 February in Shanghai, which is not counted
      "2026-02-13T16:00:00Z,      1,  2026-02-24, 2026-02-25T00:00:00+08:00",
      // a + not encoded in the query string arrives as a space
      "2026-02-13T19:30:00 08:00, 1,  2026-02-14, 2026-02-15T00:00:00+08:00"})
  void theDeadlineEndsAtMidnightShanghaiAfterTheLastWorkingDay(String start, int n, String last, String due) {
    assertEquals(new DeadlineView(due, last, n, false, null), resource.deadline("421181", start, String.valueOf(n)));
  }

  @ParameterizedTest(name = "region={0} start={1} workingDays={2}: {3} at {4}")
  @CsvSource({
      "999999, 2026-10-12T09:00:00+08:00, 1,   region.unknown,              region",
      "abc,    2026-10-12T09:00:00+08:00, 1,   region.unknown,              region",
      ",       2026-10-12T09:00:00+08:00, 1,   region.unknown,              region",
      "421181, 2026-10-12,                1,   calendar.start.invalid,      start",
      "421181, 2026-10-12T09:00:00,       1,   calendar.start.invalid,      start",
      "421181, ,                          1,   calendar.start.invalid,      start",
      "421181, 2026-10-12T09:00:00+08:00, ,    calendar.workingDays.invalid, workingDays",
      "421181, 2026-10-12T09:00:00+08:00, 0,   calendar.workingDays.invalid, workingDays",
      "421181, 2026-10-12T09:00:00+08:00, 366, calendar.workingDays.invalid, workingDays",
      "421181, 2026-10-12T09:00:00+08:00, x,   calendar.workingDays.invalid, workingDays",
      "421181, 2099-12-30T09:00:00+08:00, 2,   calendar.year.missing,       start"})
  void aWrongQuestionIsAnsweredWithTheCodeAndTheField(String region, String start, String n, String code,
      String field) {
    DomainException e = assertThrows(DomainException.class, () -> resource.deadline(region, start, n));
    assertEquals(code, e.code());
    assertEquals(field, e.field());
  }

  @Test
  void theLastDayBeforeTheMissingYearIsFinal() {
    assertEquals(new DeadlineView("2027-01-01T00:00:00+08:00", "2026-12-31", 1, false, null),
        resource.deadline("421181", "2026-12-30T09:00:00+08:00", "1"));
  }

  @Test
  void aCountIntoAYearWithoutItsNoticeIsAnsweredProvisionally() {
    // 2027's notice is not shipped: 1 January (元旦) is off by law, no 调休 is guessed
    assertEquals(new DeadlineView("2027-01-05T00:00:00+08:00", "2027-01-04", 2, true, 2027),
        resource.deadline("421181", "2026-12-30T09:00:00+08:00", "2"));
    // 春节 2027 by law: 除夕 5 February (Friday) to 初三 8 February, Saturday and Sunday owed on 9 and 10 February
    assertEquals(new DeadlineView("2027-02-12T00:00:00+08:00", "2027-02-11", 1, true, 2027),
        resource.deadline("421181", "2027-02-04T09:00:00+08:00", "1"));
  }

  /** The calendar every region has before any upload: the shipped notices. */
  static final class ShippedCalendar implements WorkingCalendar {
    @Override
    public boolean isWorkingDay(RegionCode region, LocalDate date) {
      return SHIPPED.isWorkingDay(date);
    }

    @Override
    public LocalDate nthWorkingDayAfter(RegionCode region, LocalDate date, int n) {
      return SHIPPED.nthWorkingDayAfter(date, n);
    }

    @Override
    public int workingDaysBetween(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
      return SHIPPED.workingDaysBetween(fromExclusive, toInclusive);
    }

    @Override
    public Integer provisionalYear(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
      return SHIPPED.provisionalYear(fromExclusive, toInclusive);
    }

    @Override
    public DeadlineSettings settings(RegionCode region) {
      return DeadlineSettings.MACHENG;
    }
  }

  /** A platform with 麻城 only. */
  static final class OnlyMacheng implements TenantDirectory {
    @Override
    public List<Region> regions() {
      return List.of(TenantCatalogue.macheng());
    }

    @Override
    public Optional<Region> region(RegionCode code) {
      return regions().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Department> department(TenantId tenant) {
      return Optional.empty();
    }

    @Override
    public List<Department> administrableDepartments(Caller caller) {
      return List.of();
    }

    @Override
    public Region addRegion(Caller caller, String code, String nameZh, String nameEn, String caseNumberPrefix,
        String officeNameZh, String officeNameEn) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Region addDepartment(Caller caller, RegionCode region, String departmentCode, String nameZh,
        String nameEn, DepartmentKind kind) {
      throw new UnsupportedOperationException();
    }
  }
}
