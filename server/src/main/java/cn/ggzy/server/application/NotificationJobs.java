package cn.ggzy.server.application;

/**
 * The background work of notifications, run by a scheduler under cluster leases: each call is one
 * round and answers how many items it handled.
 */
public interface NotificationJobs {
  /** Hands the cases' outbox entries to their recipients (notifications and deliveries). */
  int dispatchOutbox();

  /** Sends the deliveries that are due, as worker {@code worker}. */
  int deliver(String worker);

  /** Raises the deadline alerts that are due. */
  int scanDeadlines();
}
