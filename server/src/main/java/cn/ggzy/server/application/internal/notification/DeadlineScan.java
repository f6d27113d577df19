package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.internal.platform.TenantWalk;
import cn.ggzy.server.domain.model.notification.AlertLog;
import cn.ggzy.server.domain.model.notification.CaseClock;
import cn.ggzy.server.domain.model.notification.CaseClocks;
import cn.ggzy.server.domain.model.notification.DeadlineAlerts;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the deadline alerts that are due (see {@link DeadlineAlerts}) in every department's open
 * cases and stores them for their recipients. An alert's id is its case, kind and deadline, so
 * however often and on however many nodes the scan runs, each alert exists once.
 */
@ApplicationScoped
public class DeadlineScan {
  private CaseClocks clocks;
  private AlertLog log;
  private NotificationFanOut fanOut;
  private RegionRepository regions;
  private WorkingCalendar calendar;
  private Clock clock;

  protected DeadlineScan() {}

  @Inject
  public DeadlineScan(CaseClocks clocks, AlertLog log, NotificationFanOut fanOut, RegionRepository regions,
      WorkingCalendar calendar, Clock clock) {
    this.clocks = clocks;
    this.log = log;
    this.fanOut = fanOut;
    this.regions = regions;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Scans once; returns how many alerts were handed out now. */
  public int scan() {
    Instant now = clock.instant();
    int alerts = 0;
    for (TenantWalk.Stop stop : TenantWalk.every(regions)) {
      for (CaseClock running : clocks.endingBefore(stop.tenant(), now.plus(DeadlineAlerts.HORIZON))) {
        Optional<NotificationIntent> alert = DeadlineAlerts.due(running, now, calendar, stop.region().office().id());
        if (alert.isPresent() && !log.contains(stop.tenant(), alert.get().id())) {
          fanOut.fanOut(alert.get());
          log.record(stop.tenant(), alert.get().id(), now);
          alerts++;
        }
      }
    }
    return alerts;
  }
}
