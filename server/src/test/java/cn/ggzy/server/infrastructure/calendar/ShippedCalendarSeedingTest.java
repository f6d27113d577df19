package cn.ggzy.server.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.calendar.CalendarRepository;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Start-up seeding: shipped notices stored per region, corrected when a release corrects them, uploads kept. */
class ShippedCalendarSeedingTest {
  private static final Caller ADMIN = new Caller(Login.parse("admin"), TenantId.of("421181-jgb"),
      Set.of(Role.SYSTEM_ADMIN), "系统管理员");

  private final CalendarRepository repository = TestContainer.get(CalendarRepository.class);
  private final WorkingCalendar calendar = TestContainer.get(WorkingCalendar.class);

  @Test
  void aRegionGetsTheShippedYearsAnOlderShippedYearIsCorrectedAndAnUploadIsKept() {
    RegionCode region = RegionCode.of("429301");
    TestContainer.get(TenantDirectory.class).addRegion(ADMIN, "429301", "测试市", "Test", "测", "测试监管办", "Office");
    HolidayNotice shipped2026 = ClasspathShippedNotices.load().stream().filter(n -> n.year() == 2026)
        .findFirst().orElseThrow();
    HolidayNotice without1010 = new HolidayNotice(2026, shipped2026.papers(), shipped2026.days().stream()
        .filter(d -> !d.date().equals(LocalDate.of(2026, 10, 10))).toList());
    repository.store(region, new LoadedNotice(without1010, LoadedNotice.PLATFORM, Instant.parse("2025-11-10T00:00:00Z")));
    HolidayNotice own2025 = new HolidayNotice(2025, List.of("https://www.gov.cn/own.htm"),
        List.of(new HolidayNotice.Day("国庆节", LocalDate.of(2025, 10, 9), true)));
    repository.store(region, new LoadedNotice(own2025, "leader-x", Instant.parse("2024-11-20T00:00:00Z")));
    assertFalse(calendar.isWorkingDay(region, LocalDate.of(2026, 10, 10)), "the older shipped version");

    TestContainer.get(ShippedCalendarSeeding.class).seed();

    assertEquals(shipped2026, repository.find(region, 2026).orElseThrow().notice());
    assertTrue(calendar.isWorkingDay(region, LocalDate.of(2026, 10, 10)), "the corrected notice is in force at once");
    assertEquals("leader-x", repository.find(region, 2025).orElseThrow().loadedBy());
    assertFalse(calendar.isWorkingDay(region, LocalDate.of(2025, 10, 9)));
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026),
        repository.notices(region).stream().map(LoadedNotice::year).toList());
  }
}
