package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An officer's notifications: the in-app inbox, the settings (language, muted kinds) and the
 * devices that receive push messages. Everyone sees only their own.
 */
public interface Notifications {
  record Item(String id, NotificationKind kind, String caseId, String caseNumber, String caseTitle, Instant at,
      String title, String body, boolean read) {}

  record InboxView(List<Item> items, long unread) {}

  record Settings(Locale language, Set<NotificationKind> muted, Set<NotificationKind> mutable) {}

  /**
   * A device to register: for FCM the registration token; for Web Push the subscription's endpoint
   * and keys. {@code language} is a language tag ("zh-CN", "en"); empty means the officer's setting.
   */
  record DeviceRegistration(DeviceChannel channel, String token, String endpoint, String p256dh, String auth,
      String language) {}

  record DeviceView(String id, DeviceChannel channel, String language, Instant registeredAt) {}

  /** The newest notifications first, with texts in {@code locale}. */
  InboxView inbox(Caller caller, Locale locale, int offset, int limit);

  long unread(Caller caller);

  /** Marks one notification read, or all of them when {@code id} is null. */
  void markRead(Caller caller, String id);

  Settings settings(Caller caller);

  Settings updateSettings(Caller caller, Locale language, Set<NotificationKind> muted);

  DeviceView registerDevice(Caller caller, DeviceRegistration registration);

  List<DeviceView> devices(Caller caller);

  void removeDevice(Caller caller, String deviceId);

  /** The Web Push application server key (VAPID public key, base64url) for browsers to subscribe with. */
  Optional<String> webPushKey();
}
