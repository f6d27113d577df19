package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.enforcement.Phrase;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The zh-CN and English texts of error codes, shared by the web UI and the mobile API. */
public final class Messages {
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  /** One bundle per area, so that each area keeps its own texts; looked up in this order. */
  private static final List<String> BUNDLES = List.of(
      "cn.ggzy.server.messages", "cn.ggzy.server.calendar-messages",
      "cn.ggzy.server.case-messages", "cn.ggzy.server.audit-messages",
      "cn.ggzy.server.intake-messages", "cn.ggzy.server.push-messages", "cn.ggzy.server.credit-messages",
      "cn.ggzy.server.rigging-messages", "cn.ggzy.server.inspection-messages",
      "cn.ggzy.server.expert-messages", "cn.ggzy.server.review-messages", "cn.ggzy.server.project-messages",
      "cn.ggzy.server.exchange-messages", "cn.ggzy.server.dispatch-messages",
      "cn.ggzy.server.agency-messages", "cn.ggzy.server.site-messages", "cn.ggzy.server.site-record-messages");

  private Messages() {}

  public static String text(String code, Locale locale) {
    Locale pick = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    for (String bundle : BUNDLES) {
      try {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, pick, Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (texts.containsKey(code)) {
          return texts.getString(code);
        }
      } catch (MissingResourceException e) {
        // this area has no texts (yet)
      }
    }
    return code;
  }

  /**
   * The text of {@code code} with its arguments filled in ({@link java.text.MessageFormat}: such
   * texts double an apostrophe). An argument the pattern formats as a number or a choice
   * ({@code {0,choice,…}}, {@code {0,number,…}}) is read as a whole number; every other one is
   * inserted as it is (an identifier is never given thousands separators).
   */
  public static String format(String code, Locale locale, List<String> arguments) {
    String pattern = text(code, locale);
    if (arguments.isEmpty()) {
      return pattern;
    }
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      String a = arguments.get(i);
      boolean numeric = pattern.contains("{" + i + ",choice") || pattern.contains("{" + i + ",number");
      values[i] = numeric && a != null && a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a;
    }
    return new MessageFormat(pattern, locale).format(values);
  }

  /** A text the system wrote ({@link cn.ggzy.server.domain.model.enforcement.Phrase}) in {@code locale}. */
  public static String render(Phrase phrase, Locale locale) {
    return format(phrase.key(), locale, phrase.args().stream()
        .map(a -> a.key() != null ? text(a.key(), locale) : a.value()).toList());
  }

  public static String chinese(String code) {
    return text(code, CHINESE);
  }

  public static String english(String code) {
    return text(code, Locale.ENGLISH);
  }
}
