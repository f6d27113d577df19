package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** What the credit console pages share: the entry guard and showing a refused action. */
final class CreditConsole {
  private CreditConsole() {}

  /** True when the logged-in officer may see the page; otherwise forwards to the console. */
  static boolean admit(BeforeEnterEvent event, Predicate<Caller> may) {
    if (CurrentOfficer.get().filter(may).isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return false;
    }
    return true;
  }

  static <T> Optional<T> attempt(Supplier<T> action, Locale locale, FieldErrors form) {
    return DomainErrors.attempt(action, locale, form);
  }
}
