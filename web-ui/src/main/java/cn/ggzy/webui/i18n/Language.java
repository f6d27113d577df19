package cn.ggzy.webui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** The two languages of the UI; the choice is kept in the cookie {@code lang}. */
public final class Language {
  public static final String COOKIE = "lang";
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

  private Language() {}

  /** The language remembered in the request's cookie; Chinese when none is. */
  public static Locale of(VaadinRequest request) {
    if (request != null && request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName())) {
          return parse(cookie.getValue());
        }
      }
    }
    return CHINESE;
  }

  static Locale parse(String value) {
    return "en".equals(value) ? ENGLISH : CHINESE;
  }

  public static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  public static Locale other(Locale locale) {
    return isEnglish(locale) ? CHINESE : ENGLISH;
  }

  /** Remembers the choice in the cookie and reloads the page in that language. */
  public static void switchTo(UI ui, Locale locale) {
    String value = isEnglish(locale) ? "en" : "zh-CN";
    ui.getPage().executeJs(
        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax';"
            + " window.location.reload();",
        COOKIE, value, ONE_YEAR_SECONDS);
  }

  /** Sets the UI's locale and the page's {@code lang} attribute. */
  public static void apply(UI ui, Locale locale) {
    ui.setLocale(locale);
    ui.getElement().executeJs("document.documentElement.lang = $0", isEnglish(locale) ? "en" : "zh-CN");
  }
}
