package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.InboxChanged;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.notification.Audience;
import cn.ggzy.server.domain.model.notification.Delivery;
import cn.ggzy.server.domain.model.notification.DeliveryRepository;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.notification.FilerChannel;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationRepository;
import cn.ggzy.server.domain.model.notification.PreferenceRepository;
import cn.ggzy.server.domain.model.notification.Preferences;
import cn.ggzy.server.domain.model.notification.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stores a notification intent as one inbox item per recipient and one delivery per device of
 * each recipient who did not mute its kind. Everything is stored under ids derived from the
 * intent, so doing it again (after a crash, or on a second node) adds nothing.
 */
@ApplicationScoped
public class NotificationFanOut {
  private AccountRepository accounts;
  private NotificationRepository inbox;
  private PreferenceRepository preferences;
  private DeviceRepository devices;
  private DeliveryRepository deliveries;
  private PushChannels channels;
  private Event<InboxChanged> changed;
  private Clock clock;
  private FilerChannel filers;

  protected NotificationFanOut() {}

  @Inject
  public NotificationFanOut(AccountRepository accounts, NotificationRepository inbox, PreferenceRepository preferences,
      DeviceRepository devices, DeliveryRepository deliveries, PushChannels channels,
      Event<InboxChanged> changed, Clock clock, FilerChannel filers) {
    this.accounts = accounts;
    this.inbox = inbox;
    this.preferences = preferences;
    this.devices = devices;
    this.deliveries = deliveries;
    this.channels = channels;
    this.changed = changed;
    this.clock = clock;
    this.filers = filers;
  }

  /** Stores the intent for its recipients; returns those who got a new inbox item. */
  public Set<Recipient> fanOut(NotificationIntent intent) {
    if (intent.audiences().stream().anyMatch(a -> a.group() == Audience.Group.FILER)) {
      filers.tell(intent);
    }
    Set<Recipient> fresh = new LinkedHashSet<>();
    for (Recipient to : recipients(intent)) {
      Preferences settings = preferences.find(to.tenant(), to.login());
      boolean muted = settings.mutes(intent.kind());
      Notification n = Notification.of(intent, to, muted);
      if (inbox.add(n) && !muted) {
        fresh.add(to);
      }
      if (!muted) {
        for (Device device : devices.of(to.tenant(), to.login())) {
          if (enabled(device)) {
            deliveries.add(Delivery.of(n, device, device.language(), clock.instant()));
          }
        }
      }
    }
    if (!fresh.isEmpty()) {
      changed.fire(new InboxChanged(fresh));
    }
    return fresh;
  }

  private boolean enabled(Device device) {
    return channels.enabled(device.channel());
  }

  /** The enabled officers the intent's audiences name today, without the one who caused it. */
  Set<Recipient> recipients(NotificationIntent intent) {
    Set<Recipient> to = new LinkedHashSet<>();
    for (Audience audience : intent.audiences()) {
      members(audience).filter(Account::enabled)
          .filter(a -> !a.login().value().equals(intent.actor()))
          .forEach(a -> to.add(new Recipient(a.tenantId(), a.login().value())));
    }
    return to;
  }

  private Stream<Account> members(Audience audience) {
    return switch (audience.group()) {
      case OFFICER -> officer(audience);
      case DEPARTMENT_HEADS -> withRole(audience, Role.DEPARTMENT_HEAD);
      case OFFICE_LEADERS -> withRole(audience, Role.OFFICE_LEADER);
      case DEPARTMENT_OFFICERS -> accounts.list(audience.tenant()).stream()
          .filter(a -> a.roles().stream().anyMatch(r -> r != Role.SYSTEM_ADMIN));
      case FILER -> Stream.empty();
    };
  }

  private Stream<Account> officer(Audience audience) {
    try {
      return accounts.find(audience.tenant(), Login.parse(audience.login())).stream();
    } catch (AccountException notALogin) {
      return Stream.empty();
    }
  }

  private Stream<Account> withRole(Audience audience, Role role) {
    List<Account> all = accounts.list(audience.tenant());
    return all.stream().filter(a -> a.has(role));
  }
}
