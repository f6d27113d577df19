package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceOwner;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.domain.model.notification.NotificationRepository;
import cn.ggzy.server.domain.model.notification.PreferenceRepository;
import cn.ggzy.server.domain.model.notification.Preferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class DefaultNotifications implements Notifications {
  private static final Set<NotificationKind> MUTABLE = Arrays.stream(NotificationKind.values())
      .filter(NotificationKind::mutable).collect(Collectors.toUnmodifiableSet());

  private NotificationRepository inbox;
  private PreferenceRepository preferences;
  private DeviceRepository devices;
  private PushChannels channels;
  private Clock clock;

  protected DefaultNotifications() {}

  @Inject
  public DefaultNotifications(NotificationRepository inbox, PreferenceRepository preferences,
      DeviceRepository devices, PushChannels channels, Clock clock) {
    this.inbox = inbox;
    this.preferences = preferences;
    this.devices = devices;
    this.channels = channels;
    this.clock = clock;
  }

  @Override
  public InboxView inbox(Caller caller, Locale locale, int offset, int limit) {
    List<Item> items = inbox.latest(caller.tenant(), login(caller), Math.max(0, offset),
        limit <= 0 || limit > 200 ? 50 : limit).stream().map(n -> item(n, locale, login(caller))).toList();
    return new InboxView(items, unread(caller));
  }

  /**
   * A recipient's copy is stored as {@code intentId/login}; callers see and address it by the
   * intent's id alone, which never holds a '/' (so it fits in one path segment of the API).
   */
  private static Item item(Notification n, Locale locale, String login) {
    String suffix = "/" + login;
    String id = n.id().endsWith(suffix) ? n.id().substring(0, n.id().length() - suffix.length()) : n.id();
    return new Item(id, n.kind(), n.subject().caseId(), n.subject().number(),
        n.subject().title("en".equals(locale.getLanguage())), n.at(),
        NotificationTexts.title(n, locale), NotificationTexts.body(n, locale), n.read());
  }

  @Override
  public long unread(Caller caller) {
    return inbox.unread(caller.tenant(), login(caller));
  }

  @Override
  public void markRead(Caller caller, String id) {
    String login = login(caller);
    String item = id == null || id.isBlank() ? null : id.strip();
    inbox.markRead(caller.tenant(), login, item == null || item.endsWith("/" + login) ? item : item + "/" + login);
  }

  @Override
  public Settings settings(Caller caller) {
    Preferences p = preferences.find(caller.tenant(), login(caller));
    return new Settings(p.language(), p.muted(), MUTABLE);
  }

  @Override
  public Settings updateSettings(Caller caller, Locale language, Set<NotificationKind> muted) {
    Set<NotificationKind> kinds = muted == null || muted.isEmpty() ? Set.of() : EnumSet.copyOf(muted);
    if (kinds.stream().anyMatch(k -> !k.mutable())) {
      throw new DomainException("notification.mute.escalation", "muted");
    }
    preferences.store(new Preferences(caller.tenant(), login(caller), language, kinds));
    return settings(caller);
  }

  @Override
  public DeviceView registerDevice(Caller caller, DeviceRegistration r) {
    if (r == null || r.channel() == null) {
      throw new DomainException("device.channel.required", "channel");
    }
    Locale language = r.language() == null || r.language().isBlank()
        ? preferences.find(caller.tenant(), login(caller)).language() : Locale.forLanguageTag(r.language().strip());
    DeviceOwner owner = new DeviceOwner(caller.tenant(), login(caller));
    Device device = r.channel() == DeviceChannel.FCM
        ? Device.register(owner, DeviceChannel.FCM, token(r.token()), null, null, language, clock.instant())
        : Device.register(owner, DeviceChannel.WEB_PUSH, endpoint(r.endpoint()), key(r.p256dh(), "p256dh"),
            key(r.auth(), "auth"), language, clock.instant());
    devices.register(device);
    return view(device);
  }

  private static String token(String token) {
    if (token == null || token.isBlank() || token.length() > 4096) {
      throw new DomainException("device.token.required", "token");
    }
    return token.strip();
  }

  private static String endpoint(String endpoint) {
    try {
      URI uri = URI.create(endpoint == null ? "" : endpoint.strip());
      if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || endpoint.length() > 2048) {
        throw new IllegalArgumentException();
      }
      return uri.toString();
    } catch (IllegalArgumentException e) {
      throw new DomainException("device.endpoint.invalid", "endpoint");
    }
  }

  private static String key(String value, String field) {
    if (value == null || !value.strip().matches("[A-Za-z0-9_\\-=+/]{16,200}")) {
      throw new DomainException("device.key.invalid", field);
    }
    return value.strip();
  }

  @Override
  public List<DeviceView> devices(Caller caller) {
    return devices.of(caller.tenant(), login(caller)).stream().map(DefaultNotifications::view).toList();
  }

  @Override
  public void removeDevice(Caller caller, String deviceId) {
    boolean own = deviceId != null && devices.find(caller.tenant(), deviceId.strip())
        .filter(d -> d.owner().login().equals(login(caller))).isPresent();
    if (!own || !devices.remove(caller.tenant(), deviceId.strip())) {
      throw new NotFoundException("deviceId");
    }
  }

  @Override
  public Optional<String> webPushKey() {
    return channels.of(DeviceChannel.WEB_PUSH).filter(c -> c.enabled()).flatMap(c -> c.applicationServerKey());
  }

  private static DeviceView view(Device d) {
    return new DeviceView(d.id(), d.channel(), d.language().toLanguageTag(), d.registeredAt());
  }

  private static String login(Caller caller) {
    return caller.login().value();
  }
}
