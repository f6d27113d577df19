package cn.ggzy.server.infrastructure.calendar;

import cn.ggzy.server.domain.model.calendar.CalendarChanged;
import cn.ggzy.server.domain.model.calendar.CalendarRepository;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.server.domain.model.calendar.ShippedNotices;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.tenants.Region;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * At start-up, after the platform's own start-up has stored the tenant catalogue: every region
 * stores each shipped notice of a year it has not stored, so that what is in force is on record
 * per region. A region added later has the shipped notices in force anyway (the working
 * calendar falls back to them) and gets them stored at the next start. A stored shipped notice
 * that a newer release corrects is replaced (and announced); an upload is never replaced.
 */
@ApplicationScoped
public class ShippedCalendarSeeding {
  private static final Logger LOG = Logger.getLogger(ShippedCalendarSeeding.class.getName());

  @Inject RegionRepository regions;
  @Inject CalendarRepository calendars;
  @Inject ShippedNotices shipped;
  @Inject Clock clock;
  @Inject Event<CalendarChanged> changes;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600)
      @Initialized(ApplicationScoped.class) Object event) {
    seed();
  }

  /** Stores the shipped notices each region lacks or holds in an older shipped version. */
  public void seed() {
    for (Region region : regions.all()) {
      Map<Integer, LoadedNotice> stored = calendars.notices(region.code()).stream()
          .collect(Collectors.toMap(LoadedNotice::year, Function.identity()));
      List<Integer> added = new ArrayList<>();
      for (HolidayNotice notice : shipped.all()) {
        LoadedNotice present = stored.get(notice.year());
        boolean corrected = present != null && present.shipped() && !present.notice().equals(notice);
        if (present == null || corrected) {
          calendars.store(region.code(), new LoadedNotice(notice, LoadedNotice.PLATFORM, clock.instant()));
          added.add(notice.year());
        }
        if (corrected) {
          changes.fire(new CalendarChanged(region.code(), notice.year()));
        }
      }
      if (!added.isEmpty()) {
        LOG.info(() -> "Stored the shipped holiday notices " + added + " for region " + region.code());
      }
    }
  }
}
