package cn.ggzy.webui.i18n;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;

/**
 * Shows a refused action to the person: the text of its code next to the field at fault when the
 * form has that field, else as a notification. Never a stack trace.
 */
public final class DomainErrors {
  private DomainErrors() {}

  public static void show(DomainException e, Locale locale, FieldErrors form) {
    String message = Messages.text(e.code(), locale);
    if (e.field() == null || !form.showFieldError(e.field(), message)) {
      notify(message);
    }
  }

  public static void notify(String message) {
    Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  public static void confirm(String message) {
    Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
