package cn.ggzy.server.infrastructure.calendar;

import cn.ggzy.server.domain.model.calendar.CalendarRepository;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.server.domain.model.calendar.ShippedNotices;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.tenants.Region;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At start-up, after the platform's own start-up has stored the tenant catalogue: every region
 * stores each shipped notice of a year it has not stored, so that what is in force is on record
 * per region. A region added later has the shipped notices in force anyway (the working
 * calendar falls back to them) and gets them stored at the next start. Never replaces an upload.
 */
@ApplicationScoped
public class ShippedCalendarSeeding {
  private static final Logger LOG = Logger.getLogger(ShippedCalendarSeeding.class.getName());

  @Inject RegionRepository regions;
  @Inject CalendarRepository calendars;
  @Inject ShippedNotices shipped;
  @Inject Clock clock;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600)
      @Initialized(ApplicationScoped.class) Object event) {
    for (Region region : regions.all()) {
      Set<Integer> stored = calendars.years(region.code());
      List<Integer> added = new ArrayList<>();
      for (HolidayNotice notice : shipped.all()) {
        if (!stored.contains(notice.year())) {
          calendars.store(region.code(), new LoadedNotice(notice, LoadedNotice.PLATFORM, clock.instant()));
          added.add(notice.year());
        }
      }
      if (!added.isEmpty()) {
        LOG.info(() -> "Stored the shipped holiday notices " + added + " for region " + region.code());
      }
    }
  }
}
