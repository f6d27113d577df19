package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Messages;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** What every part of the case sheet needs to write its texts: language, translations, names. */
record SheetContext(Locale locale, Texts texts, CaseVocabulary words,
    SerializableFunction<String, String> departmentName) implements Serializable {
  SheetContext(Locale locale, Texts texts, SerializableFunction<String, String> departmentName) {
    this(locale, texts, new CaseVocabulary(locale), departmentName);
  }

  String t(String key, Object... params) {
    return texts.get(key, params);
  }

  /** A text of the shared message bundles (codes such as {@code case.decisionKind.DISMISSED}). */
  String message(String key) {
    return Messages.text(key, locale);
  }

  boolean english() {
    return Language.isEnglish(locale);
  }

  /**
   * The name of who acted: a person's name as stored, the platform's own actors ({@code system:…})
   * in the reader's language.
   */
  String actorName(String login, String name) {
    if (login != null && login.startsWith("system:")) {
      String key = "cases.actor." + login.substring("system:".length());
      String text = t(key);
      return text.equals(key) || text.startsWith("!") ? name : text;
    }
    return name;
  }

  String at(Instant instant) {
    return CaseFormats.dateTime(instant, locale);
  }

  String department(String tenant) {
    return tenant == null ? "" : departmentName.apply(tenant);
  }
}
