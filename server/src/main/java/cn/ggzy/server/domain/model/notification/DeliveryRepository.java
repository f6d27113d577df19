package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deliveries to devices. Every method takes the recipient's tenant first. */
public interface DeliveryRepository {
  /** Stores a new delivery unless one with its id exists; true when this call stored it. */
  boolean add(Delivery delivery);

  /** Pending deliveries of the tenant whose next attempt is due. */
  List<Delivery> due(TenantId tenant, Instant now, int limit);

  /**
   * Claims the delivery's current attempt for {@code worker} by inserting a claim under the unique
   * key (delivery id, attempt). Only one worker of the whole cluster can ever win an attempt.
   */
  boolean claim(Delivery delivery, String worker, Instant at);

  /** When the delivery's current attempt was claimed, if it was. */
  Optional<Instant> claimedAt(Delivery delivery);

  /** Records the outcome of the claimed attempt: sent, or moved on to {@code next}. */
  void sent(Delivery delivery, Instant at);

  void update(Delivery next);

  /** The statuses of every delivery of a notification, for tests and support. */
  List<Delivery> ofNotification(TenantId tenant, String notificationId);
}
