package cn.ggzy.server.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The zh-CN and English texts of error codes, shared by the web UI and the mobile API. */
public final class Messages {
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  /** One bundle per area, so that each area keeps its own texts; looked up in this order. */
  private static final java.util.List<String> BUNDLES = java.util.List.of(
      "cn.ggzy.server.messages", "cn.ggzy.server.calendar-messages",
      "cn.ggzy.server.case-messages", "cn.ggzy.server.audit-messages",
      "cn.ggzy.server.intake-messages", "cn.ggzy.server.push-messages", "cn.ggzy.server.credit-messages",
      "cn.ggzy.server.rigging-messages", "cn.ggzy.server.inspection-messages");

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

  public static String chinese(String code) {
    return text(code, CHINESE);
  }

  public static String english(String code) {
    return text(code, Locale.ENGLISH);
  }
}
