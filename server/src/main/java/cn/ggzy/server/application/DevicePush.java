package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends push messages to devices of one channel (port; adapters: Firebase Cloud Messaging, Web
 * Push; a domestic push service would be one more). The in-app inbox needs no adapter: it is the
 * stored notification itself, and works when every push service is unreachable.
 */
public interface DevicePush {
  /** What every device gets: title and text in its language, and what the app needs to open the case. */
  record Message(String title, String body, Map<String, String> data) {
    public Message {
      data = Map.copyOf(data);
    }
  }

  /** What became of one device. */
  enum Outcome {
    SENT,
    /** The service says the device is gone or its address invalid: it is removed. */
    GONE,
    /** A transient failure (unavailable, internal error, throttled): tried again later. */
    RETRY
  }

  DeviceChannel channel();

  /** False when the channel is not configured (for FCM: no service-account file). */
  boolean enabled();

  /** Sends {@code message} to every device; one outcome per device, in the same order. */
  List<Outcome> send(Message message, List<Device> devices);

  /** The key browsers subscribe with (Web Push's VAPID public key), for channels that have one. */
  default Optional<String> applicationServerKey() {
    return Optional.empty();
  }
}
