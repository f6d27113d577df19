package cn.ggzy.webui.i18n;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

  /**
   * The one way a view runs a service call: its result, or empty when the application refused it
   * (the refusal shown by {@link #show}). Anything else is a fault, left to the error page.
   */
  public static <T> Optional<T> attempt(Supplier<T> action, Locale locale, FieldErrors form) {
    return orElse(() -> Optional.ofNullable(action.get()), e -> {
      show(e, locale, form);
      return Optional.empty();
    });
  }

  /** As {@link #attempt} for an action without a result: true when it was done. */
  public static boolean run(Runnable action, Locale locale, FieldErrors form) {
    return attempt(() -> {
      action.run();
      return Boolean.TRUE;
    }, locale, form).isPresent();
  }

  /**
   * For a view with its own answer to a refusal (a not-found page, an empty list, the public forms'
   * wording): the action's result, or what {@code refused} makes of the refusal.
   */
  public static <T> T orElse(Supplier<T> action, Function<DomainException, T> refused) {
    try {
      return action.get();
    } catch (DomainException e) {
      return refused.apply(e);
    }
  }

  /** As {@link #orElse} for an action without a result: true when it was done, else {@code refused} ran. */
  public static boolean run(Runnable action, Consumer<DomainException> refused) {
    return orElse(() -> {
      action.run();
      return true;
    }, e -> {
      refused.accept(e);
      return false;
    });
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
