package cn.ggzy.webui.notifications;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.Notifications.DeviceRegistration;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.Recipient;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * /console/notifications: the officer's inbox (live: new notifications appear by server push),
 * mark read, the settings (language, muted kinds) and push to this browser.
 */
@Route(value = "console/notifications", layout = MainLayout.class)
@Dependent
public class NotificationsView extends ViewFrame implements HasDynamicTitle {
  private final Notifications notifications;
  private final InboxBroadcaster broadcaster;
  private final Span unread = new Span();
  private final NotificationList list;
  private final NotificationSettingsForm settings;
  private Registration listening;

  @Inject
  public NotificationsView(Notifications notifications, InboxBroadcaster broadcaster) {
    this.notifications = notifications;
    this.broadcaster = broadcaster;
    setHeading(getTranslation("notifications.title"));
    list = new NotificationList(getTranslation("notifications.empty"));
    list.addReadListener(e -> {
      notifications.markRead(caller(), e.id());
      if (e.caseId() != null) {
        getUI().ifPresent(ui -> ui.navigate("console/cases/" + e.caseId()));
      } else {
        refresh();
      }
    });
    Button markAll = new Button(getTranslation("notifications.markAllRead"), e -> {
      notifications.markRead(caller(), null);
      refresh();
    });
    markAll.setId("mark-all-read");
    markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    unread.setId("notifications-unread");
    settings = new NotificationSettingsForm(this::getTranslation, getLocale());
    settings.addSaveListener(e -> save(e));
    Button webPush = new Button(getTranslation("notifications.webPush.enable"), e -> enableWebPush());
    webPush.setId("enable-web-push");
    addContent(new HorizontalLayout(unread, markAll), list, new H3(getTranslation("notifications.settings")), settings,
        new H3(getTranslation("notifications.webPush")), webPush);
  }

  private void save(NotificationSettingsForm.SaveEvent e) {
    DomainErrors.attempt(() -> notifications.updateSettings(caller(), e.language(), e.muted()), getLocale(),
        FieldErrors.NONE).ifPresent(saved -> {
          settings.show(saved);
          DomainErrors.confirm(getTranslation("notifications.saved"));
        });
  }

  private void enableWebPush() {
    String key = notifications.webPushKey().orElse(null);
    UI ui = UI.getCurrent();
    if (key == null) {
      DomainErrors.notify(getTranslation("notifications.webPush.unsupported"));
      return;
    }
    Caller caller = caller();
    WebPushSubscription.subscribe(ui, key, s -> {
      if (DomainErrors.run(() -> notifications.registerDevice(caller, new DeviceRegistration(DeviceChannel.WEB_PUSH,
          null, s.endpoint(), s.p256dh(), s.auth(), getLocale().toLanguageTag())), getLocale(), FieldErrors.NONE)) {
        DomainErrors.confirm(getTranslation("notifications.webPush.enabled"));
      }
    }, why -> DomainErrors.notify(getTranslation("notifications.webPush." + why)));
  }

  private void refresh() {
    Caller caller = caller();
    Notifications.InboxView inbox = notifications.inbox(caller, getLocale(), 0, 50);
    unread.setText(getTranslation("notifications.unread", String.valueOf(inbox.unread())));
    list.show(inbox.items(), getLocale());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    CurrentOfficer.get().ifPresent(caller -> {
      settings.show(notifications.settings(caller));
      refresh();
      UI ui = event.getUI();
      listening = broadcaster.listen(new Recipient(caller.tenant(), caller.login().value()),
          LiveRefresh.of(ui, this::refresh));
    });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (listening != null) {
      listening.remove();
    }
    super.onDetach(event);
  }

  private static Caller caller() {
    return CurrentOfficer.require();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notifications.title") + " · " + getTranslation("app.title");
  }
}
