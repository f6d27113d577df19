package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.ExpertShortfallException;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A refused draw request as the officer reads it: every fault of the request at its field; too few
 * experts with the detailed text (which specialty, how many employers are left, how many are
 * needed), at the specialties.
 */
final class DrawRefusals {
  private DrawRefusals() {}

  /** The detailed text of a refusal ({@code expert.draw.tooFew.detail} for a shortfall), else the code's text. */
  static String text(DomainException e, Locale locale, SpecialtyNames names) {
    if (e instanceof ExpertShortfallException shortfall) {
      List<String> arguments = new ArrayList<>(shortfall.arguments());
      arguments.set(0, names.name(arguments.get(0)));
      return Messages.format("expert.draw.tooFew.detail", locale, arguments);
    }
    return Messages.text(e.code(), locale);
  }

  /**
   * Shows the refusal at the form's fields; answers the texts to show beside the send button: what
   * no field could show, and a shortfall's detailed text always (it is the answer to the request).
   */
  static List<String> showAtFields(DomainException e, Locale locale, Texts texts, FieldErrors form,
      SpecialtyNames names) {
    if (e instanceof ExpertShortfallException) {
      String text = text(e, locale, names);
      form.showFieldError(e.field(), text);
      return List.of(text);
    }
    return PublicErrors.showAtFields(e, locale, texts, form);
  }
}
