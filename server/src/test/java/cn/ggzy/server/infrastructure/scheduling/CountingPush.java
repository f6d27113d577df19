package cn.ggzy.server.infrastructure.scheduling;

import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A push channel that counts what each device received, per notification. */
final class CountingPush implements DevicePush {
  final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

  @Override
  public DeviceChannel channel() {
    return DeviceChannel.WEB_PUSH;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public List<Outcome> send(Message message, List<Device> devices) {
    for (Device device : devices) {
      received.computeIfAbsent(message.data().get("notification") + "@" + device.id(), k -> new AtomicInteger())
          .incrementAndGet();
    }
    return devices.stream().map(d -> Outcome.SENT).toList();
  }
}
