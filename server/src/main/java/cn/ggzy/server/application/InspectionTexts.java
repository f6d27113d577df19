package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.inspection.DrawRefusedException;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The full text of a refusal in random inspections: a refused draw names the object and the
 * numbers ({@code <code>.detail} with {0} object code, {1} name, {2} eligible, {3} team size);
 * a repeated object code names the code.
 */
public final class InspectionTexts {
  private InspectionTexts() {}

  public static String describe(DomainException e, Locale locale) {
    if (e instanceof DrawRefusedException refused && refused.objectId() != null) {
      return MessageFormat.format(Messages.text(e.code() + ".detail", locale), refused.objectId(),
          refused.objectName(), refused.eligible(), refused.needed());
    }
    if ("inspection.plan.objects.duplicate".equals(e.code())) {
      return Messages.text(e.code(), locale) + " " + e.field();
    }
    return Messages.text(e.code(), locale);
  }
}
