package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.service.WorkingCalendar;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The title and text of a notification in the recipient's language (bundle push-messages). Push
 * texts name the case by its number only: no titles or names leave the platform through a push
 * service. {0} case number, {1} acting officer, {2} the deadline's last day.
 */
final class NotificationTexts {
  private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日");
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private NotificationTexts() {}

  static String title(Notification n, Locale locale) {
    return Messages.text(key(n) + ".title", locale);
  }

  /** The texts of the kind, or of its outcome (an approval's result: approved or refused). */
  private static String key(Notification n) {
    return "push." + n.kind().name() + (n.outcome() == null ? "" : "." + n.outcome());
  }

  static String body(Notification n, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    String lastDay = n.due() == null ? ""
        : n.due().atZone(WorkingCalendar.ZONE).toLocalDate().minusDays(1).format(english ? EN : ZH);
    String pattern = Messages.text(key(n) + ".body", locale);
    return new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
        .format(new Object[] {n.subject().number(), n.actorName() == null ? "" : n.actorName(), lastDay});
  }
}
