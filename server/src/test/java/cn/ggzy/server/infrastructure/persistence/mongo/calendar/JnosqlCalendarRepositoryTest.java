package cn.ggzy.server.infrastructure.persistence.mongo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.calendar.CalendarRepository;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each region's notices and settings on JNoSQL and the embedded MongoDB: stored, replaced, never shared.
 * The port is region-first and the departments of a region share one calendar by design, so
 * TenantIsolationContract (department against department) does not fit: the isolation tests here are
 * plain tests between two regions.
 */
class JnosqlCalendarRepositoryTest {
  private static final RegionCode A = RegionCode.of("429101");
  private static final RegionCode B = RegionCode.of("429102");
  private final CalendarRepository repository = TestContainer.get(CalendarRepository.class);

  static LoadedNotice notice2027(String by, String... offDays) {
    List<HolidayNotice.Day> days = Arrays.stream(offDays)
        .map(d -> new HolidayNotice.Day("元旦", LocalDate.parse(d), true)).toList();
    return new LoadedNotice(new HolidayNotice(2027, List.of("https://www.gov.cn/2027.htm"), days), by,
        Instant.parse("2026-11-20T02:00:00Z"));
  }

  @Test
  void aStoredNoticeIsFoundWithWhoLoadedItAndWhen() {
    repository.store(A, notice2027("leader-a", "2027-01-01"));
    LoadedNotice found = repository.find(A, 2027).orElseThrow();
    assertEquals("leader-a", found.loadedBy());
    assertEquals(Instant.parse("2026-11-20T02:00:00Z"), found.loadedAt());
    assertEquals(List.of(new HolidayNotice.Day("元旦", LocalDate.of(2027, 1, 1), true)), found.notice().days());
    assertEquals(List.of("https://www.gov.cn/2027.htm"), found.notice().papers());
  }

  @Test
  void aSecondUploadOfTheYearReplacesTheFirstAndReturnsIt() {
    RegionCode region = RegionCode.of("429103");
    assertEquals(Optional.empty(), repository.store(region, notice2027("first", "2027-01-01")));
    Optional<LoadedNotice> replaced = repository.store(region, notice2027("second", "2027-01-01", "2027-01-04"));
    assertEquals("first", replaced.orElseThrow().loadedBy());
    assertEquals("second", repository.find(region, 2027).orElseThrow().loadedBy());
    assertEquals(2, repository.find(region, 2027).orElseThrow().notice().days().size());
    assertEquals(1, repository.notices(region).stream().filter(n -> n.year() == 2027).count());
  }

  @Test
  void anotherRegionNeitherSeesNorLosesItsOwnNotice() {
    RegionCode c = RegionCode.of("429104");
    RegionCode d = RegionCode.of("429105");
    repository.store(c, notice2027("leader-c", "2027-01-01"));
    assertTrue(repository.find(d, 2027).isEmpty());
    assertTrue(repository.notices(d).isEmpty());
    repository.store(d, notice2027("leader-d", "2027-01-01", "2027-01-04"));
    assertEquals("leader-c", repository.find(c, 2027).orElseThrow().loadedBy());
    assertEquals(1, repository.find(c, 2027).orElseThrow().notice().days().size());
  }

  @Test
  void settingsAreTheRegionsOwnAndDefaultToMacheng() {
    assertEquals(DeadlineSettings.MACHENG, repository.settings(B));
    repository.storeSettings(B, new DeadlineSettings(2, 20));
    repository.storeSettings(B, new DeadlineSettings(3, 25));
    assertEquals(new DeadlineSettings(3, 25), repository.settings(B));
    assertEquals(DeadlineSettings.MACHENG, repository.settings(RegionCode.of("429106")));
  }

  @Test
  void theCatalogueRegionHasTheShippedYearsStoredAtStartUp() {
    List<LoadedNotice> macheng = repository.notices(RegionCode.of("421181"));
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026),
        macheng.stream().map(LoadedNotice::year).filter(y -> y <= 2026).toList());
    assertTrue(macheng.stream().filter(n -> n.year() <= 2026).allMatch(LoadedNotice::shipped));
  }

  @Test
  void anotherRegionsUploadAndSettingsNeitherReplaceNorRevealARegionsOwn() {
    RegionCode c = RegionCode.of("429107");
    RegionCode d = RegionCode.of("429108");
    repository.store(c, notice2027("leader-c", "2027-01-01"));
    repository.storeSettings(c, new DeadlineSettings(2, 20));
    assertTrue(repository.years(d).isEmpty());
    assertEquals(DeadlineSettings.MACHENG, repository.settings(d));
    assertEquals(Optional.empty(), repository.store(d, notice2027("leader-d", "2027-01-01", "2027-01-04")),
        "the first upload of d replaces nothing and is not handed c's notice");
    repository.storeSettings(d, new DeadlineSettings(3, 25));
    assertEquals("leader-c", repository.find(c, 2027).orElseThrow().loadedBy());
    assertEquals(List.of("leader-c"), repository.notices(c).stream().map(LoadedNotice::loadedBy).toList());
    assertEquals(new TreeSet<>(List.of(2027)), repository.years(c));
    assertEquals(new DeadlineSettings(2, 20), repository.settings(c));
    assertEquals(new DeadlineSettings(3, 25), repository.settings(d));
  }
}
