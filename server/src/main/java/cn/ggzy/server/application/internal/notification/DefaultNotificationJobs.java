package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.NotificationJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The notification rounds: the outbox dispatcher, the delivery worker and the deadline scan. */
@ApplicationScoped
public class DefaultNotificationJobs implements NotificationJobs {
  @Inject OutboxDispatcher outbox;
  @Inject DeliveryWorker worker;
  @Inject DeadlineScan scan;

  @Override
  public int dispatchOutbox() {
    return outbox.dispatch();
  }

  @Override
  public int deliver(String workerName) {
    return worker.deliver(workerName);
  }

  @Override
  public int scanDeadlines() {
    return scan.scan();
  }
}
