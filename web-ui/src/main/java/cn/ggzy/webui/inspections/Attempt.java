package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionTexts;
import cn.ggzy.server.domain.model.inspection.DrawRefusedException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs a service call for a view; a refusal is shown to the person (a refused draw with its full reason). */
final class Attempt {
  private Attempt() {}

  static <T> Optional<T> of(Supplier<T> action, Locale locale, FieldErrors form) {
    return DomainErrors.orElse(() -> Optional.ofNullable(action.get()), e -> {
      if (e instanceof DrawRefusedException || "inspection.plan.objects.duplicate".equals(e.code())) {
        DomainErrors.notify(InspectionTexts.describe(e, locale));
      } else {
        DomainErrors.show(e, locale, form);
      }
      return Optional.empty();
    });
  }

  static boolean run(Runnable action, Locale locale, FieldErrors form) {
    return of(() -> {
      action.run();
      return Boolean.TRUE;
    }, locale, form).isPresent();
  }
}
