package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.internal.platform.TenantWalk;
import cn.ggzy.server.domain.model.notification.CaseOutbox;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the cases' outboxes: each waiting notification is stored for its recipients, then taken
 * out of the case. A crash between the two only means it is stored again, under the same ids.
 */
@ApplicationScoped
public class OutboxDispatcher {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final int BATCH = 200;

  private CaseOutbox outbox;
  private NotificationFanOut fanOut;
  private RegionRepository regions;

  protected OutboxDispatcher() {}

  @Inject
  public OutboxDispatcher(CaseOutbox outbox, NotificationFanOut fanOut, RegionRepository regions) {
    this.outbox = outbox;
    this.fanOut = fanOut;
    this.regions = regions;
  }

  /** Dispatches every waiting notification; returns how many intents were handled. */
  public int dispatch() {
    int handled = 0;
    for (TenantWalk.Stop stop : TenantWalk.every(regions)) {
      for (CaseOutbox.Pending pending : outbox.pending(stop.tenant(), BATCH)) {
        List<String> done = new ArrayList<>();
        for (NotificationIntent intent : pending.intents()) {
          try {
            fanOut.fanOut(intent);
            done.add(intent.id());
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification " + intent.id() + " stays in the outbox", e);
          }
        }
        if (!done.isEmpty()) {
          outbox.delivered(stop.tenant(), pending.caseId(), done);
          handled += done.size();
        }
      }
    }
    return handled;
  }
}
