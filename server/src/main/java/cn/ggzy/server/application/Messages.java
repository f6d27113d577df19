package cn.ggzy.server.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The zh-CN and English texts of error codes, shared by the web UI and the mobile API. */
public final class Messages {
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "cn.ggzy.server.messages";

  private Messages() {}

  public static String text(String code, Locale locale) {
    Locale pick = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    try {
      return ResourceBundle.getBundle(BUNDLE, pick, Messages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(code);
    } catch (MissingResourceException e) {
      return code;
    }
  }

  public static String chinese(String code) {
    return text(code, CHINESE);
  }

  public static String english(String code) {
    return text(code, Locale.ENGLISH);
  }
}
