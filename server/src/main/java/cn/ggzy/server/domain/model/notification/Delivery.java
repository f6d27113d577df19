package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.util.Locale;

/**
 * One notification on its way to one device. Its id is the notification's and the device's, so a
 * device gets a notification at most once; each attempt is claimed under its own unique key
 * before anything is sent (see {@link DeliveryRepository#claim}).
 */
public record Delivery(String id, TenantId tenant, String login, String deviceId, DeviceChannel channel,
    Locale language, Notification notification, int attempt, Instant nextAttemptAt, Status status)
    implements TenantOwned {
  public enum Status { PENDING, SENT, FAILED, DROPPED }

  /** Attempts before a delivery is given up (the inbox still has the notification). */
  public static final int MAX_ATTEMPTS = 8;

  public static Delivery of(Notification n, Device device, Locale language, Instant at) {
    return new Delivery(n.id() + "@" + device.id(), n.recipientTenant(), n.recipient(), device.id(),
        device.channel(), language, n, 0, at, Status.PENDING);
  }

  /** The next attempt after a transient failure: exponential backoff from 15 s up to one hour. */
  public Delivery retryAfterFailure(Instant at) {
    long seconds = Math.min(3600, 15L << Math.min(attempt, 12));
    return new Delivery(id, tenant, login, deviceId, channel, language, notification, attempt + 1,
        at.plusSeconds(seconds), attempt + 1 >= MAX_ATTEMPTS ? Status.FAILED : Status.PENDING);
  }

  /** Given up: the device is gone or its channel is off (the inbox still has the notification). */
  public Delivery dropped() {
    return new Delivery(id, tenant, login, deviceId, channel, language, notification, attempt, nextAttemptAt,
        Status.DROPPED);
  }

  @Override
  public TenantId tenantId() {
    return tenant;
  }
}
