package cn.ggzy.webui.cases;

import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;

/** The real translation files, as the running UI reads them. */
public final class UiTexts {
  private static final DefaultI18NProvider PROVIDER = new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.CHINESE));

  private UiTexts() {}

  public static Texts of(Locale locale) {
    return (key, params) -> PROVIDER.getTranslation(key, locale, params);
  }

  public static Texts chinese() {
    return of(Language.CHINESE);
  }

  public static Texts english() {
    return of(Language.ENGLISH);
  }
}
