package cn.ggzy.server.infrastructure.calendar;

import cn.ggzy.server.domain.model.calendar.CalendarChanged;
import cn.ggzy.server.domain.model.calendar.CalendarRepository;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.server.domain.model.calendar.LunarDates;
import cn.ggzy.server.domain.model.calendar.ShippedNotices;
import cn.ggzy.server.domain.model.calendar.StatutoryHolidays;
import cn.ggzy.server.domain.model.calendar.WorkingDays;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The working calendar of each region, built from what is in force for it (its stored notices,
 * else the shipped ones; the other years provisionally from the statutory holidays) and kept in
 * memory. An upload or settings change on this node evicts the
 * region at once ({@link CalendarChanged}, observed before any other observer); a change made on
 * another node is seen after at most {@link #MAX_AGE_MILLIS}.
 */
@ApplicationScoped
public class CachedWorkingCalendar implements WorkingCalendar {
  static final long MAX_AGE_MILLIS = 5 * 60 * 1000;

  private CalendarRepository repository;
  private ShippedNotices shipped;
  private StatutoryHolidays statutory;
  private Clock clock;
  private final ConcurrentMap<RegionCode, Entry> cache = new ConcurrentHashMap<>();

  /** A region's days and settings as read at {@code readAt} (epoch millis). */
  private record Entry(WorkingDays days, DeadlineSettings settings, long readAt) {}

  protected CachedWorkingCalendar() {}

  @Inject
  public CachedWorkingCalendar(CalendarRepository repository, ShippedNotices shipped, LunarDates lunar,
      Clock clock) {
    this.repository = repository;
    this.shipped = shipped;
    this.statutory = new StatutoryHolidays(lunar);
    this.clock = clock;
  }

  @Override
  public boolean isWorkingDay(RegionCode region, LocalDate date) {
    return entry(region).days().isWorkingDay(date);
  }

  @Override
  public LocalDate nthWorkingDayAfter(RegionCode region, LocalDate date, int n) {
    return entry(region).days().nthWorkingDayAfter(date, n);
  }

  @Override
  public int workingDaysBetween(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
    return entry(region).days().workingDaysBetween(fromExclusive, toInclusive);
  }

  @Override
  public Integer provisionalYear(RegionCode region, LocalDate fromExclusive, LocalDate toInclusive) {
    return entry(region).days().provisionalYear(fromExclusive, toInclusive);
  }

  @Override
  public DeadlineSettings settings(RegionCode region) {
    return entry(region).settings();
  }

  /** Forgets the region's calendar; the next question reads it again. */
  public void evict(RegionCode region) {
    cache.remove(region);
  }

  void changed(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) CalendarChanged event) {
    evict(event.region());
  }

  private Entry entry(RegionCode region) {
    Entry entry = cache.get(region);
    if (entry != null && fresh(entry)) {
      return entry;
    }
    // Read under the map's lock for this region, so that an eviction waits for a read in progress
    // and a stale read can never outlive the change that evicted it.
    return cache.compute(region, (r, old) -> old != null && fresh(old) ? old : read(r));
  }

  private boolean fresh(Entry entry) {
    return clock.millis() - entry.readAt() < MAX_AGE_MILLIS;
  }

  private Entry read(RegionCode region) {
    var notices = LoadedNotice.inForce(repository.notices(region), shipped.all());
    return new Entry(WorkingDays.of(notices.stream().map(LoadedNotice::notice).toList(), statutory),
        repository.settings(region), clock.millis());
  }
}
