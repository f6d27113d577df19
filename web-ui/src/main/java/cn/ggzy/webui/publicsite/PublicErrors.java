package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import java.util.List;
import java.util.Locale;

/**
 * The public channel's refusals as a filer reads them: every broken rule at its field, the rest
 * as one message; when slowed down, how long to wait.
 */
public final class PublicErrors {
  private PublicErrors() {}

  /** The text of a refusal in the page's language, with the wait when rate limited. */
  public static String message(DomainException e, Locale locale, Texts texts) {
    String text = Messages.text(e.code(), locale);
    if (e instanceof RateLimitedException limited) {
      return texts.get("public.retryAfter", text, limited.retryAfterSeconds());
    }
    return text;
  }

  /**
   * Marks every violation at its field; returns the messages no field could show (empty when all
   * were shown at their fields).
   */
  public static List<String> showAtFields(DomainException e, Locale locale, Texts texts, FieldErrors form) {
    if (e instanceof IntakeValidationException invalid) {
      return invalid.violations().stream()
          .filter(v -> v.field() == null || !form.showFieldError(v.field(), Messages.text(v.code(), locale)))
          .map(v -> Messages.text(v.code(), locale))
          .distinct()
          .toList();
    }
    if (e.field() != null && form.showFieldError(e.field(), Messages.text(e.code(), locale))) {
      return List.of();
    }
    return List.of(message(e, locale, texts));
  }
}
