package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.application.DevicePush.Outcome;
import cn.ggzy.server.application.internal.platform.TenantWalk;
import cn.ggzy.server.domain.model.notification.Delivery;
import cn.ggzy.server.domain.model.notification.DeliveryRepository;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the deliveries that are due. Each attempt is claimed first (a unique key per delivery and
 * attempt: only one worker in the cluster wins it), then sent, then marked sent. Devices of one
 * notification in one language go out together (FCM multicast, at most 500 per call). Devices the
 * service reports gone are removed; transient failures are tried again with exponential backoff;
 * an attempt whose worker died is taken up again once its claim is older than the lease.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
  static final Duration CLAIM_LEASE = Duration.ofMinutes(5);
  static final int MULTICAST = 500;

  private DeliveryRepository deliveries;
  private DeviceRepository devices;
  private RegionRepository regions;
  private PushChannels channels;
  private Clock clock;

  protected DeliveryWorker() {}

  @Inject
  public DeliveryWorker(DeliveryRepository deliveries, DeviceRepository devices, RegionRepository regions,
      PushChannels channels, Clock clock) {
    this.deliveries = deliveries;
    this.devices = devices;
    this.regions = regions;
    this.channels = channels;
    this.clock = clock;
  }

  private record Group(DeviceChannel channel, String intentId, Locale language) {}

  /** Sends what is due; returns how many deliveries were sent. */
  public int deliver(String worker) {
    int sent = 0;
    for (TenantWalk.Stop stop : TenantWalk.every(regions)) {
      Instant now = clock.instant();
      Map<Group, List<Delivery>> groups = new LinkedHashMap<>();
      for (Delivery d : deliveries.due(stop.tenant(), now, 2 * MULTICAST)) {
        if (deliveries.claim(d, worker, now)) {
          groups.computeIfAbsent(new Group(d.channel(), d.notification().intentId(), d.language()),
              g -> new ArrayList<>()).add(d);
        } else if (abandoned(d, now)) {
          deliveries.update(d.retryAfterFailure(now));
        }
      }
      for (Map.Entry<Group, List<Delivery>> group : groups.entrySet()) {
        sent += send(group.getKey(), group.getValue());
      }
    }
    return sent;
  }

  private boolean abandoned(Delivery d, Instant now) {
    return deliveries.claimedAt(d).map(at -> at.plus(CLAIM_LEASE).isBefore(now)).orElse(false);
  }

  private int send(Group group, List<Delivery> claimed) {
    Optional<DevicePush> channel = channels.of(group.channel());
    if (channel.isEmpty() || !channel.get().enabled()) {
      claimed.forEach(d -> deliveries.update(d.dropped()));
      return 0;
    }
    List<Delivery> live = new ArrayList<>();
    List<Device> targets = new ArrayList<>();
    for (Delivery d : claimed) {
      Optional<Device> device = devices.find(d.tenant(), d.deviceId());
      if (device.isPresent()) {
        live.add(d);
        targets.add(device.get());
      } else {
        deliveries.update(d.dropped());
      }
    }
    DevicePush.Message message = message(claimed.get(0).notification(), group.language());
    int sent = 0;
    for (int from = 0; from < live.size(); from += MULTICAST) {
      int to = Math.min(live.size(), from + MULTICAST);
      sent += record(live.subList(from, to), outcomes(channel.get(), message, targets.subList(from, to)));
    }
    return sent;
  }

  private List<Outcome> outcomes(DevicePush channel, DevicePush.Message message, List<Device> targets) {
    try {
      return channel.send(message, targets);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, channel.channel() + " push failed; will try again", e);
      return targets.stream().map(t -> Outcome.RETRY).toList();
    }
  }

  private int record(List<Delivery> batch, List<Outcome> outcomes) {
    Instant now = clock.instant();
    int sent = 0;
    for (int i = 0; i < batch.size(); i++) {
      Delivery d = batch.get(i);
      switch (outcomes.get(i)) {
        case SENT -> {
          deliveries.sent(d, now);
          sent++;
        }
        case GONE -> {
          devices.remove(d.tenant(), d.deviceId());
          deliveries.update(d.dropped());
        }
        case RETRY -> deliveries.update(d.retryAfterFailure(now));
        default -> throw new IllegalStateException();
      }
    }
    return sent;
  }

  /** The message of a notification: the same for every device of the group (multicast). */
  static DevicePush.Message message(Notification n, Locale language) {
    return new DevicePush.Message(NotificationTexts.title(n, language), NotificationTexts.body(n, language),
        Map.of("kind", n.kind().name(), "caseId", n.subject().caseId(), "caseNumber", n.subject().number(),
            "notification", n.intentId(), "path", "/api/v1/cases/" + n.subject().caseId()));
  }
}
